/** Strips what Strapi adds to stored data, so a record read back compares with what was written. */

const STORAGE_KEYS = new Set(['id', 'documentId', 'lockVersion', 'createdAt', 'updatedAt', 'publishedAt', 'locale', 'localizations', 'createdBy', 'updatedBy', '__component']);

/** Drops row ids, timestamps, locale and every null, recursively. */
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
