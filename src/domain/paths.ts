/**
 * Rewrites values at dotted paths (`materials.*.necessity`, `*` for every list item) in plain
 * data, returning a copy. Used to localize text fields and to convert labels ↔ codes.
 */

/** Returns a copy of `data` with `fn` applied to each value found at `path` (absent values are left alone). */
export function mapAt(data: unknown, path: string, fn: (value: unknown) => unknown): unknown {
  return mapParts(data, path.split('.'), fn);
}

function mapParts(data: unknown, parts: string[], fn: (value: unknown) => unknown): unknown {
  if (parts.length === 0) return data === undefined || data === null ? data : fn(data);
  if (data === null || typeof data !== 'object') return data;
  const [head, ...rest] = parts;
  if (head === '*') return Array.isArray(data) ? data.map((item) => mapParts(item, rest, fn)) : data;
  if (!(head in data)) return data;
  return { ...(data as Record<string, unknown>), [head]: mapParts((data as Record<string, unknown>)[head], rest, fn) };
}

/** Applies `fn` to a value, or to each item when the value is a list. */
export function eachValue(fn: (value: string) => unknown): (value: unknown) => unknown {
  return (value) => (Array.isArray(value) ? value.map((item) => fn(String(item))) : fn(String(value)));
}
