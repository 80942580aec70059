/**
 * The search log: one row per search the search route answers, and the console's events that
 * say what became of it. Logging never fails a search: a write that fails is logged as a
 * warning and the search answers as usual.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { newDocumentId, tableOf } from '../publishing/store-support';
import { QUERY_MAX_CHARS, normalizeQuery } from './normalize-query';
import { planEvent, type EventReport, type LoggedSearch } from './search-outcome';

export const SEARCH_LOG_UID = 'api::search-log.search-log';

/** What the search route knows about one search, handed to `logSearch`. */
export type SearchLogEntry = {
  /** The `meta.searchId` the route answered with (`newSearchId()`). */
  searchId: string;
  query: string;
  locale: string;
  filters?: { dept?: string; kind?: string; type?: string };
  total: number;
  tookMs?: number;
  /** Codes of the first hits, best first (at most 5 are kept). */
  topCodes?: readonly string[];
  /** The signed-in user's id (`ctx.state.user?.id`); absent for API tokens. */
  userId?: number | null;
};

/**
 * The indexes the log's reads need at tens of thousands of rows a day: events find a search by
 * id, the measures scan a time window, the unanswered list groups by normalized query.
 */
export async function ensureSearchLogIndexes(strapi: Core.Strapi): Promise<void> {
  const t = tableOf(strapi, SEARCH_LOG_UID);
  const raw = (sql: string) => strapi.db.connection.raw(sql);
  await raw(`CREATE UNIQUE INDEX IF NOT EXISTS search_logs_search_id_uq ON ${t.table} (${t.column('searchId')})`);
  await raw(`CREATE INDEX IF NOT EXISTS search_logs_created_idx ON ${t.table} (${t.column('createdAt')})`);
  await raw(`CREATE INDEX IF NOT EXISTS search_logs_query_idx ON ${t.table} (${t.column('normalizedQuery')}, ${t.column('createdAt')})`);
}

/** A search id: unguessable, short, URL-safe. */
export function newSearchId(): string {
  return `s_${randomBytes(12).toString('base64url')}`;
}

const clip = (text: string, max: number) => [...text].slice(0, max).join('');

function rowOf(entry: SearchLogEntry) {
  return {
    documentId: newDocumentId(),
    publishedAt: new Date(),
    searchId: entry.searchId,
    query: clip(entry.query.trim(), QUERY_MAX_CHARS),
    normalizedQuery: normalizeQuery(entry.query),
    locale: entry.locale,
    filters: entry.filters ?? {},
    total: Math.max(0, Math.trunc(entry.total)),
    tookMs: entry.tookMs === undefined ? null : Math.max(0, Math.round(entry.tookMs)),
    topCodes: (entry.topCodes ?? []).slice(0, 5),
    agentId: entry.userId ?? null,
    outcome: 'pending',
  };
}

/** Records one search. Never rejects: a failed write is a warning, not a failed search. */
export async function logSearch(strapi: Core.Strapi, entry: SearchLogEntry): Promise<void> {
  try {
    await strapi.db.query(SEARCH_LOG_UID as never).create({ data: rowOf(entry) });
  } catch (error) {
    strapi.log.warn(`search-log: could not record search ${entry.searchId}: ${(error as Error).message}`);
  }
}

/** The most searches one event may name (an interaction of a very slow typist). */
export const MAX_SEARCHES_PER_EVENT = 50;

/**
 * Applies a console event to the agent's own logged searches; false when the acted-on search
 * is not one of theirs (unknown id, another agent's, or an API token's).
 */
export async function recordEvent(strapi: Core.Strapi, agentId: number, report: EventReport): Promise<boolean> {
  const ids = [...new Set([...report.searchIds, report.searchId])].slice(-MAX_SEARCHES_PER_EVENT);
  const query = strapi.db.query(SEARCH_LOG_UID as never);
  const rows = (await query.findMany({
    where: { searchId: { $in: ids }, agentId },
    select: ['searchId', 'outcome', 'msToOpen'],
  })) as LoggedSearch[];
  const patches = planEvent({ ...report, searchIds: ids }, rows);
  if (patches.length === 0) return false;
  for (const { searchId, ...data } of patches) {
    await query.update({ where: { searchId }, data });
  }
  return true;
}
