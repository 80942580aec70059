/**
 * The outbox: one delivery row per release and channel, written in the publishing transaction
 * and worked off by the dispatcher. A row is claimed with a lease (claimedBy / claimedUntil), so
 * a row whose worker died is claimed again once the lease runs out; on PostgreSQL claiming
 * skips rows another instance has locked, so one row is delivered by one instance.
 */
import type { Core } from '@strapi/strapi';
import type { Release } from './release-store';
import { dbTime, isPostgres, newDocumentId, tableOf, toDate } from './store-support';

export const DELIVERY_UID = 'api::channel-delivery.channel-delivery';
export const CHANNEL_NAMES = ['web', 'hotline', 'window', 'kiosk'] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];
export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'dead' | 'superseded';

export type Delivery = {
  id: number;
  releaseId: number;
  channel: ChannelName;
  subjectKey: string;
  version: number;
  contentHash: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  acknowledgedHash: string | null;
  deliveredAt: Date | null;
  detail: Record<string, unknown> | null;
};

function toDelivery(row: Record<string, unknown>): Delivery {
  return {
    ...(row as unknown as Delivery),
    nextAttemptAt: toDate(row.nextAttemptAt),
    deliveredAt: row.deliveredAt ? toDate(row.deliveredAt) : null,
  };
}

/** Indexes for claiming due rows and for one row per (subject, version, channel). */
export async function ensureOutboxIndexes(strapi: Core.Strapi): Promise<void> {
  const t = tableOf(strapi, DELIVERY_UID);
  const raw = (sql: string) => strapi.db.connection.raw(sql);
  await raw(`CREATE UNIQUE INDEX IF NOT EXISTS deliveries_subject_version_channel_uq ON ${t.table} (${t.column('subjectKey')}, ${t.column('version')}, ${t.column('channel')})`);
  await raw(`CREATE INDEX IF NOT EXISTS deliveries_due_idx ON ${t.table} (${t.column('status')}, ${t.column('nextAttemptAt')})`);
}

/** One pending row per channel for a release, due at its effective date (call inside the publishing transaction). */
export async function enqueueDeliveries(strapi: Core.Strapi, release: Release, subjectKey: string): Promise<void> {
  for (const channel of CHANNEL_NAMES) {
    await strapi.db.query(DELIVERY_UID as never).create({
      data: {
        documentId: newDocumentId(), releaseId: release.id, channel, subjectKey, version: release.version,
        contentHash: release.contentHash, status: 'pending', attempts: 0, nextAttemptAt: release.effectiveFrom, publishedAt: new Date(),
      },
    });
  }
}

/** Claims up to `limit` due rows for `owner` until `now + leaseMs`; returns them. */
export async function claimDue(strapi: Core.Strapi, owner: string, limit: number, leaseMs: number, now = new Date()): Promise<Delivery[]> {
  const t = tableOf(strapi, DELIVERY_UID);
  const [status, next, claimedBy, claimedUntil] = ['status', 'nextAttemptAt', 'claimedBy', 'claimedUntil'].map(t.column);
  const skipLocked = isPostgres(strapi) ? 'FOR UPDATE SKIP LOCKED' : '';
  const sql = `UPDATE ${t.table} SET ${claimedBy} = ?, ${claimedUntil} = ?
    WHERE id IN (SELECT id FROM ${t.table}
      WHERE ${status} IN ('pending', 'failed') AND ${next} <= ? AND (${claimedUntil} IS NULL OR ${claimedUntil} < ?)
      ORDER BY ${next}, id LIMIT ? ${skipLocked})
    RETURNING id`;
  const result = await strapi.db.connection.raw(sql, [owner, dbTime(strapi, new Date(now.getTime() + leaseMs)), dbTime(strapi, now), dbTime(strapi, now), limit]);
  const ids = ((isPostgres(strapi) ? result.rows : result) as { id: number }[]).map((row) => row.id);
  if (ids.length === 0) return [];
  const rows = await strapi.db.query(DELIVERY_UID as never).findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
  return (rows as Record<string, unknown>[]).map(toDelivery);
}

/** Records the outcome of one attempt, only while `owner` still holds the claim. Returns false when the claim was lost. */
export async function finishAttempt(strapi: Core.Strapi, id: number, owner: string, changes: Partial<Delivery>): Promise<boolean> {
  const updated = await strapi.db.query(DELIVERY_UID as never).updateMany({
    where: { id, claimedBy: owner },
    data: { ...changes, claimedBy: null, claimedUntil: null },
  });
  return (updated as { count: number }).count === 1;
}

/** Puts dead rows back in the queue, due now, with a fresh attempt budget. Returns how many. */
export async function replayDead(strapi: Core.Strapi, where: { channel?: ChannelName; subjectKey?: string } = {}): Promise<number> {
  const updated = await strapi.db.query(DELIVERY_UID as never).updateMany({
    where: { status: 'dead', ...where },
    data: { status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimedBy: null, claimedUntil: null },
  });
  return (updated as { count: number }).count;
}

/** Deliveries matching a filter, oldest first (for reports and tests). */
export async function findDeliveries(strapi: Core.Strapi, where: Record<string, unknown> = {}): Promise<Delivery[]> {
  const rows = await strapi.db.query(DELIVERY_UID as never).findMany({ where, orderBy: { id: 'asc' } });
  return (rows as Record<string, unknown>[]).map(toDelivery);
}
