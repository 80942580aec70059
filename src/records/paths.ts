/**
 * Small helpers to rewrite values at dotted paths (`materials.*.necessity`) in plain data,
 * used to convert between the domain (labels, codes of related documents) and Strapi
 * records (storage codes, document ids).
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Returns a deep copy of `data` with `fn` applied to each value found at `path`. */
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

/** Applies `fn` to a value or to each item when the value is an array. */
export function eachValue(fn: (value: string) => unknown): (value: unknown) => unknown {
  return (value) => (Array.isArray(value) ? value.map((item) => fn(String(item))) : fn(String(value)));
}

const STORAGE_KEYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy', '__component']);

/**
 * Strips what Strapi adds to stored data (row ids, timestamps, locale) and every null, so a
 * record read back compares equal to the data it was written from.
 */
export function stripStorage(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(stripStorage);
  if (data === null || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (STORAGE_KEYS.has(key) || value === null || value === undefined) continue;
    out[key] = stripStorage(value);
  }
  return out;
}
