/**
 * Reading back the HTML we serialize (rehype-stringify output: attributes always double-quoted,
 * `<` and `&` in text and `"` in attributes escaped as character references). Used to extract
 * the text of each `data-element` and to audit which tags and attributes a page really has.
 * It is not a general HTML parser and does not need to be one.
 */

export type Tag = { name: string; attributes: Record<string, string>; closing: boolean; selfClosing: boolean };
export type Token = { kind: 'tag'; tag: Tag } | { kind: 'text'; value: string };

const RAW_TEXT = new Set(['style', 'script', 'title', 'textarea']);
const VOID = new Set(['br', 'meta', 'img', 'input', 'hr', 'wbr', 'link', 'source']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul', 'td', 'th',
  'caption', 'tbody', 'thead',
]);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references rehype-stringify writes. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? match;
    const code = ref[1].toLowerCase() === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** Split serialized HTML into tags and (decoded) text. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s/>=]+(?:="[^"]*")?)*)\s*(\/?)>/gi;
  let last = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match.index > last) tokens.push({ kind: 'text', value: decodeEntities(html.slice(last, match.index)) });
    last = pattern.lastIndex;
    if (match[2] === undefined) continue;
    const tag: Tag = { name: match[2].toLowerCase(), attributes: parseAttributes(match[3]), closing: match[1] === '/', selfClosing: match[4] === '/' };
    tokens.push({ kind: 'tag', tag });
    if (!tag.closing && RAW_TEXT.has(tag.name)) {
      const end = html.toLowerCase().indexOf(`</${tag.name}`, last);
      const stop = end === -1 ? html.length : end;
      if (stop > last) tokens.push({ kind: 'text', value: tag.name === 'title' ? decodeEntities(html.slice(last, stop)) : html.slice(last, stop) });
      last = stop;
      pattern.lastIndex = stop;
    }
  }
  if (last < html.length) tokens.push({ kind: 'text', value: decodeEntities(html.slice(last)) });
  return tokens;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([^\s/>=]+)(?:="([^"]*)")?/g)) {
    attributes[match[1].toLowerCase()] = decodeEntities(match[2] ?? '');
  }
  return attributes;
}

/** Every start tag of a page, for audits (which tags, attributes and URLs really exist). */
export function startTags(html: string): Tag[] {
  return tokenize(html).flatMap((token) => (token.kind === 'tag' && !token.tag.closing ? [token.tag] : []));
}

/**
 * The text of every `data-element` in a page, as a browser's innerText would give it
 * (blocks and `<br>` break lines), keyed by element id; an id shown twice has two entries.
 */
export function elementTexts(html: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const open: { id: string; depth: number; parts: string[] }[] = [];
  let depth = 0;
  let rawText = false;
  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      if (!rawText) for (const capture of open) capture.parts.push(token.value);
      continue;
    }
    const { tag } = token;
    rawText = !tag.closing && RAW_TEXT.has(tag.name);
    const breaks = BLOCK.has(tag.name) || tag.name === 'br';
    if (breaks) for (const capture of open) capture.parts.push('\n');
    if (tag.closing) {
      depth -= 1;
      while (open.length > 0 && open[open.length - 1].depth > depth) close(open.pop(), result);
      continue;
    }
    if (VOID.has(tag.name) || tag.selfClosing) continue;
    depth += 1;
    const id = tag.attributes['data-element'];
    if (id !== undefined) open.push({ id, depth, parts: [] });
  }
  return result;
}

function close(capture: { id: string; parts: string[] } | undefined, into: Map<string, string[]>): void {
  if (!capture) return;
  const texts = into.get(capture.id) ?? [];
  texts.push(capture.parts.join(''));
  into.set(capture.id, texts);
}

/** The visible text of a page body, innerText-like, for reading a projection in a terminal. */
export function pageText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  for (const token of tokenize(html)) {
    if (token.kind === 'text') {
      if (hidden === 0) out.push(token.value.replace(/\s+/g, ' '));
      continue;
    }
    const { tag } = token;
    if (tag.name === 'head') hidden += tag.closing ? -1 : 1;
    if (BLOCK.has(tag.name) || tag.name === 'br') out.push('\n');
  }
  return out.join('').replace(/ *\n[\s]*/g, '\n').trim();
}
