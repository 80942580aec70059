/**
 * Sealing a Publication: plain JSON, validated against its schema, hashed (sha256 over the
 * RFC 8785 canonical JSON of everything but the hash) and deep-frozen. Same input, same hash;
 * any visible change, a different one.
 */
import { createHash } from 'node:crypto';
import { canonicalizeEx } from 'json-canonicalize';
import { SchemaViolationError } from './schema-error';
import { type SchemaName, schemaProblems } from './schema-validator';

/** The renderer version; bump it on purpose whenever output for the same input changes. */
export const RENDERER_VERSION = '1.0.0';

/** sha256 (hex) of the canonical JSON of a value without its `contentHash`. */
export function contentHashOf(value: object): string {
  const { contentHash: _ignored, ...rest } = value as Record<string, unknown>;
  return createHash('sha256').update(canonicalizeEx(rest, { strictUndefined: true }), 'utf8').digest('hex');
}

/** Validate, hash and freeze a built object; throws if the builder broke the schema. */
export function seal<T extends { contentHash: string }>(schema: SchemaName, draft: Omit<T, 'contentHash'>): T {
  const hashed = { ...draft, contentHash: contentHashOf(draft) } as T;
  const problems = schemaProblems(schema, hashed);
  if (problems.length > 0) throw new SchemaViolationError(schema, problems);
  return deepFreeze(hashed);
}

/** Freeze an object graph. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
