/** Loads what the consistency report compares, from the database. */
import type { Core } from '@strapi/strapi';
import { STATE_UID } from '../channels/channel-state-store';
import { computeConsistency, type ConsistencyReport, type DeliverySummary, type ReleaseSummary, type StateSummary } from './consistency';
import { DELIVERY_UID } from './outbox-store';
import { RELEASE_UID } from './release-store';
import { toDate } from './store-support';

type Row = Record<string, unknown>;

async function rows(strapi: Core.Strapi, uid: string, select: string[], where: Row = {}): Promise<Row[]> {
  return (await strapi.db.query(uid as never).findMany({ select, where })) as Row[];
}

/** The consistency report now; deliveries older than `pendingThresholdMs` count as drift. */
export async function loadConsistency(strapi: Core.Strapi, pendingThresholdMs = 60_000, now = new Date()): Promise<ConsistencyReport> {
  const [releases, states, open] = await Promise.all([
    rows(strapi, RELEASE_UID, ['subjectType', 'subjectCode', 'locale', 'version', 'action', 'contentHash', 'effectiveFrom']),
    rows(strapi, STATE_UID, ['channel', 'subjectKey', 'version', 'contentHash', 'revoked']),
    rows(strapi, DELIVERY_UID, ['channel', 'subjectKey', 'version', 'status', 'nextAttemptAt', 'lastError', 'createdAt'], { status: { $in: ['pending', 'failed', 'dead'] } }),
  ]);
  return computeConsistency(
    releases.map((r) => ({ ...r, effectiveFrom: toDate(r.effectiveFrom) }) as unknown as ReleaseSummary),
    states.map((s) => ({ ...s, revoked: Boolean(s.revoked) }) as unknown as StateSummary),
    open.map((d) => ({ ...d, nextAttemptAt: toDate(d.nextAttemptAt), createdAt: toDate(d.createdAt) }) as unknown as DeliverySummary),
    now,
    pendingThresholdMs,
  );
}
