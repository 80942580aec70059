/**
 * Which engine to run, from the environment: Meilisearch when MEILI_HOST is set, otherwise
 * the embedded engine with its index under the app's data folder. A production Meilisearch
 * without MEILI_MASTER_KEY refuses to start (no default secrets).
 */
import path from 'node:path';
import { MissingSecretError } from '../runtime/missing-secret-error';

export type SearchConfig =
  | { engine: 'meilisearch'; host: string; apiKey?: string; indexUid: string; requestTimeoutMs: number; taskTimeoutMs: number }
  | { engine: 'embedded'; dataDir: string };

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer (milliseconds), not "${raw}"`);
  return value;
}

/** Reads MEILI_HOST, MEILI_MASTER_KEY, MEILI_INDEX, MEILI_TIMEOUT_MS, MEILI_TASK_TIMEOUT_MS, SEARCH_DATA_DIR. */
export function searchConfigFromEnv(env: NodeJS.ProcessEnv = process.env, appDir = process.cwd()): SearchConfig {
  const host = env.MEILI_HOST?.trim();
  if (!host) return { engine: 'embedded', dataDir: path.resolve(appDir, env.SEARCH_DATA_DIR || path.join('data', 'search')) };
  const apiKey = env.MEILI_MASTER_KEY || undefined;
  if (!apiKey && env.NODE_ENV === 'production') throw new MissingSecretError('MEILI_MASTER_KEY');
  return {
    engine: 'meilisearch',
    host,
    apiKey,
    indexUid: env.MEILI_INDEX || 'tongyuan',
    requestTimeoutMs: integer(env, 'MEILI_TIMEOUT_MS', 5_000),
    taskTimeoutMs: integer(env, 'MEILI_TASK_TIMEOUT_MS', 120_000),
  };
}
