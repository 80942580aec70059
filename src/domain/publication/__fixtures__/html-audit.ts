/**
 * An audit of an HTML projection for tests: which tags, attributes and URLs it really has
 * (read with the tokenizer, so escaped text such as "&#x3C;script>" is not mistaken for a tag).
 */
import { startTags } from '../../../markdown/html-tokens';
import { SANITIZE_SCHEMA } from '../../../markdown/safe-html';
import { urlScheme } from '../../../markdown/safe-url';
import { BUNDLE_WINDOW_CSS, KIOSK_CSS, WINDOW_CSS } from '../presenters/page-styles';

const SHELL = new Set(['html', 'head', 'meta', 'title', 'style', 'body']);
const ATTRIBUTES = new Set(['class', 'data-element', 'data-section', 'id', 'lang', 'role', 'aria-label', 'aria-describedby', 'aria-hidden', 'href', 'start', 'scope', 'colspan', 'charset', 'name', 'content']);

/** Problems found in a page or fragment; empty when it is clean. */
export function auditHtml(html: string): string[] {
  const problems: string[] = [];
  const allowed = new Set([...(SANITIZE_SCHEMA.tagNames ?? []), ...SHELL]);
  for (const tag of startTags(html)) {
    if (!allowed.has(tag.name)) problems.push(`tag <${tag.name}>`);
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (!ATTRIBUTES.has(name) || name.startsWith('on')) problems.push(`attribute ${name} on <${tag.name}>`);
      if (name === 'href') {
        const scheme = urlScheme(value);
        if (scheme !== undefined && !['http', 'https', 'mailto', 'tel'].includes(scheme)) problems.push(`href ${value}`);
      }
    }
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  for (const css of styles) if (![WINDOW_CSS, BUNDLE_WINDOW_CSS, KIOSK_CSS].includes(css)) problems.push('foreign <style>');
  return problems;
}
