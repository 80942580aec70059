/**
 * What each channel serves now, one row per (channel, subject): the read model behind the
 * content API, the window feed, the kiosk pages and the hotline. A row only ever moves to a
 * newer version, so a late or repeated delivery of an older one changes nothing.
 */
import type { Core } from '@strapi/strapi';
import type { ChannelName } from '../publishing/outbox-store';
import { newDocumentId, tableOf, toDate } from '../publishing/store-support';
import type { SubjectType } from '../publishing/subject';

export const STATE_UID = 'api::channel-state.channel-state';

export type ChannelState = {
  channel: ChannelName;
  subjectKey: string;
  subjectType: SubjectType;
  subjectCode: string;
  locale: string;
  version: number;
  contentHash: string | null;
  revoked: boolean;
  payload: unknown;
  effectiveFrom: Date | null;
  effectiveTo: Date | null;
  servedSince: Date;
  updatedAt?: Date;
};

export type ApplyOutcome = 'applied' | 'same' | 'stale';

function toState(row: Record<string, unknown>): ChannelState {
  return {
    ...(row as unknown as ChannelState),
    revoked: Boolean(row.revoked),
    effectiveFrom: row.effectiveFrom ? toDate(row.effectiveFrom) : null,
    effectiveTo: row.effectiveTo ? toDate(row.effectiveTo) : null,
    servedSince: toDate(row.servedSince),
    updatedAt: row.updatedAt ? toDate(row.updatedAt) : undefined,
  };
}

/** One row per (channel, subject), and a fast `updatedSince` scan. */
export async function ensureStateIndexes(strapi: Core.Strapi): Promise<void> {
  const t = tableOf(strapi, STATE_UID);
  await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS channel_states_subject_uq ON ${t.table} (${t.column('channel')}, ${t.column('subjectKey')})`);
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS channel_states_updated_idx ON ${t.table} (${t.column('channel')}, ${t.column('updatedAt')})`);
}

/** Stores `state` unless the channel already serves this or a newer version. */
export async function applyState(strapi: Core.Strapi, state: ChannelState): Promise<ApplyOutcome> {
  const query = strapi.db.query(STATE_UID as never);
  const where = { channel: state.channel, subjectKey: state.subjectKey };
  // updateMany leaves updatedAt alone; the `updatedSince` sync depends on it.
  const moved = await query.updateMany({ where: { ...where, version: { $lt: state.version } }, data: { ...state, updatedAt: new Date() } });
  if ((moved as { count: number }).count === 1) return 'applied';
  const current = await query.findOne({ where, select: ['version'] });
  if (current) return (current as { version: number }).version === state.version ? 'same' : 'stale';
  await query.create({ data: { ...state, documentId: newDocumentId(), publishedAt: new Date() } });
  return 'applied';
}

const SUMMARY_FIELDS = ['channel', 'subjectKey', 'subjectType', 'subjectCode', 'locale', 'version', 'contentHash', 'revoked', 'effectiveFrom', 'effectiveTo', 'servedSince', 'updatedAt'];

/** What a channel serves for a subject, if anything; `withPayload: false` skips the (large) payload. */
export async function getState(strapi: Core.Strapi, channel: ChannelName, subjectKey: string, withPayload = true): Promise<ChannelState | null> {
  const row = await strapi.db.query(STATE_UID as never).findOne({ where: { channel, subjectKey }, select: withPayload ? undefined : SUMMARY_FIELDS });
  return row ? toState(row as Record<string, unknown>) : null;
}

export type StateQuery = { subjectType?: SubjectType; subjectCode?: string; locale?: string; updatedSince?: Date; limit?: number; offset?: number; withPayload?: boolean };

/** States of one channel, oldest change first (for incremental sync and reports). */
export async function listStates(strapi: Core.Strapi, channel: ChannelName, query: StateQuery = {}): Promise<ChannelState[]> {
  const where: Record<string, unknown> = { channel };
  if (query.subjectType) where.subjectType = query.subjectType;
  if (query.subjectCode) where.subjectCode = query.subjectCode;
  if (query.locale) where.locale = query.locale;
  if (query.updatedSince) where.updatedAt = { $gt: query.updatedSince };
  const rows = await strapi.db.query(STATE_UID as never).findMany({
    where,
    select: query.withPayload ? undefined : SUMMARY_FIELDS,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    limit: query.limit,
    offset: query.offset,
  });
  return (rows as Record<string, unknown>[]).map(toState);
}
