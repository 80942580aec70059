/**
 * The hotline office's figures over a window of days, counted in the database (the search log
 * grows by tens of thousands of rows a day): measures, the top unanswered queries, the most
 * flagged knowledge points and the state of open flags.
 */
import type { Core } from '@strapi/strapi';
import { dbTime, tableOf } from '../publishing/store-support';
import { FEEDBACK_UID } from './feedback-store';
import { topFlagged, type FlaggedPoint, type FeedbackRow, feedbackTally, type FeedbackTally } from './feedback-report';
import { medianOf, medianWindow, searchRates, windowOf, type MeasureWindow, type Rate, type SearchCounts } from './measures';
import { SEARCH_LOG_UID } from './search-log-store';

export type Measures = {
  window: MeasureWindow;
  searches: number;
  directAnswerRate: Rate;
  zeroResultRate: Rate;
  /** Median ms from the first keystroke of an interaction to its first opened answer. */
  medianMsToOpen: number | null;
  timedOpenings: number;
  topFlagged: FlaggedPoint[];
  feedback: FeedbackTally;
};

export type UnansweredQuery = { query: string; example: string; count: number; zeroResults: number; abandoned: number; lastSeen: string };

/** Console searches in the window that were not just typed on the way. */
function searchWhere(from: Date, extra: Record<string, unknown> = {}) {
  return { createdAt: { $gte: from }, agentId: { $notNull: true }, outcome: { $ne: 'typing' }, ...extra };
}

async function searchCounts(strapi: Core.Strapi, from: Date): Promise<SearchCounts> {
  const query = strapi.db.query(SEARCH_LOG_UID as never);
  const count = (extra: Record<string, unknown> = {}) => query.count({ where: searchWhere(from, extra) }) as Promise<number>;
  const [searches, zeroResults, used, abandoned, opened] = await Promise.all([
    count(), count({ total: 0 }), count({ outcome: 'used' }), count({ outcome: 'abandoned' }), count({ outcome: 'opened' }),
  ]);
  return { searches, zeroResults, used, abandoned, opened };
}

/** The median in SQL terms: count, then read the middle one or two rows in order. */
async function medianMsToOpen(strapi: Core.Strapi, from: Date): Promise<{ median: number | null; n: number }> {
  const query = strapi.db.query(SEARCH_LOG_UID as never);
  const where = { createdAt: { $gte: from }, agentId: { $notNull: true }, msToOpen: { $notNull: true } };
  const n = (await query.count({ where })) as number;
  const middle = medianWindow(n);
  if (!middle) return { median: null, n };
  const rows = (await query.findMany({ where, select: ['msToOpen'], orderBy: { msToOpen: 'asc' }, offset: middle.offset, limit: middle.take })) as { msToOpen: number }[];
  return { median: medianOf(rows.map((row) => Number(row.msToOpen))), n };
}

async function feedbackSince(strapi: Core.Strapi, from: Date): Promise<FeedbackRow[]> {
  return (await strapi.db.query(FEEDBACK_UID as never).findMany({
    where: { createdAt: { $gte: from } },
    select: ['subjectType', 'subjectCode', 'subjectTitle', 'category', 'state', 'dueAt', 'departmentCode'],
  })) as FeedbackRow[];
}

/** The office's measures over the last `days` days. */
export async function loadMeasures(strapi: Core.Strapi, days: number, now = new Date()): Promise<Measures> {
  const window = windowOf(days, now);
  const from = new Date(window.from);
  const [counts, timing, feedback] = await Promise.all([searchCounts(strapi, from), medianMsToOpen(strapi, from), feedbackSince(strapi, from)]);
  return {
    window,
    searches: counts.searches,
    ...searchRates(counts),
    medianMsToOpen: timing.median,
    timedOpenings: timing.n,
    topFlagged: topFlagged(feedback, 10),
    feedback: feedbackTally(feedback, now),
  };
}

/** A time from an aggregate: SQLite hands back epoch milliseconds, PostgreSQL a Date. */
function timeOf(value: unknown): Date {
  if (value instanceof Date) return value;
  return typeof value === 'number' || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(String(value));
}

/**
 * Queries that found nothing or that agents gave up on, grouped by their normalized form,
 * most frequent first: what editors should add as similar questions or new knowledge points.
 */
export async function loadUnanswered(strapi: Core.Strapi, days: number, limit: number, now = new Date()): Promise<UnansweredQuery[]> {
  const t = tableOf(strapi, SEARCH_LOG_UID);
  const c = (attribute: string) => t.column(attribute);
  const knex = strapi.db.connection;
  const from = dbTime(strapi, new Date(windowOf(days, now).from));
  const rows = (await knex(t.table)
    .select({ query: c('normalizedQuery') })
    .min({ example: c('query') })
    .count({ count: '*' })
    .sum({ zeroResults: knex.raw(`case when ${c('total')} = 0 then 1 else 0 end`) })
    .sum({ abandoned: knex.raw(`case when ${c('outcome')} = 'abandoned' then 1 else 0 end`) })
    .max({ lastSeen: c('createdAt') })
    .where(c('createdAt'), '>=', from)
    .whereNotNull(c('agentId'))
    .whereNot(c('outcome'), 'typing')
    .where((q) => q.where(c('total'), 0).orWhere(c('outcome'), 'abandoned'))
    .groupBy(c('normalizedQuery'))
    .orderBy([{ column: 'count', order: 'desc' }, { column: 'lastSeen', order: 'desc' }])
    .limit(limit)) as Record<string, unknown>[];
  return rows.map((row) => ({
    query: String(row.query),
    example: String(row.example),
    count: Number(row.count),
    zeroResults: Number(row.zeroResults),
    abandoned: Number(row.abandoned),
    lastSeen: timeOf(row.lastSeen).toISOString(),
  }));
}
