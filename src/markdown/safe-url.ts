/**
 * Which link targets may leave the CMS. Browsers ignore control characters and whitespace
 * inside a scheme (`java\tscript:`), so the scheme is read with them removed.
 */

/** Schemes a published link may use. */
export const SAFE_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme of a URL as a browser would read it, lower-cased, or undefined if relative. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const probe = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  const match = SCHEME.exec(probe);
  return match ? match[1].toLowerCase() : undefined;
}

/** True when a URL is http(s), mailto, tel, or relative to the site. */
export function isSafeUrl(url: string): boolean {
  if (url.trim() === '') return false;
  const scheme = urlScheme(url);
  if (scheme === undefined) return !url.includes('\\');
  return (SAFE_PROTOCOLS as readonly string[]).includes(scheme);
}
