import { canonicalize } from 'json-canonicalize';

/**
 * A canonical string of a value for "has anything changed?" checks: absent, null, false,
 * empty lists and empty objects all mean "not set" (Strapi stores defaults for unset
 * booleans and lists), and datetimes compare as instants.
 */
export function comparable(value: unknown): string {
  return canonicalize(normalize(value) ?? null);
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function normalize(value: unknown): unknown {
  if (value === null || value === undefined || value === false) return undefined;
  if (typeof value === 'string' && DATETIME.test(value)) return new Date(value).toISOString();
  if (Array.isArray(value)) {
    const items = value.map(normalize).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, normalize(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  return value;
}
