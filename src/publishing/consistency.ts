/**
 * The consistency report: per document and locale, the release in force and the hash each
 * channel serves. A channel that serves anything else is drift — unless its delivery is still
 * on its way and younger than the threshold. Dead deliveries are always reported.
 */
import type { ChannelState } from '../channels/channel-state-store';
import { CHANNEL_NAMES, type ChannelName, type Delivery } from './outbox-store';
import type { Release } from './release-store';

export type ReleaseSummary = Pick<Release, 'subjectType' | 'subjectCode' | 'locale' | 'version' | 'action' | 'contentHash' | 'effectiveFrom'>;
export type StateSummary = Pick<ChannelState, 'channel' | 'subjectKey' | 'version' | 'contentHash' | 'revoked'>;
export type DeliverySummary = Pick<Delivery, 'channel' | 'subjectKey' | 'version' | 'status' | 'nextAttemptAt' | 'lastError'> & { createdAt: Date };

export type ChannelStatus = 'consistent' | 'pending' | 'drift' | 'dead';

export type ChannelReport = { channel: ChannelName; version: number | null; contentHash: string | null; revoked: boolean; status: ChannelStatus; note?: string };

export type SubjectReport = {
  subjectKey: string;
  inForce: { version: number; action: string; contentHash: string | null; effectiveFrom: string };
  channels: ChannelReport[];
};

export type ConsistencyReport = {
  generatedAt: string;
  pendingThresholdMs: number;
  subjects: SubjectReport[];
  counts: Record<ChannelStatus, number>;
  clean: boolean;
};

const keyOf = (r: ReleaseSummary) => `${r.subjectType}:${r.subjectCode}:${r.locale}`;

/** The release in force of every subject at `now`: its highest version already effective. */
function releasesInForce(releases: readonly ReleaseSummary[], now: Date): Map<string, ReleaseSummary> {
  const inForce = new Map<string, ReleaseSummary>();
  for (const release of releases) {
    if (release.effectiveFrom.getTime() > now.getTime()) continue;
    const current = inForce.get(keyOf(release));
    if (!current || current.version < release.version) inForce.set(keyOf(release), release);
  }
  return inForce;
}

function serves(state: StateSummary | undefined, release: ReleaseSummary): boolean {
  if (!state) return false;
  if (release.action === 'revoke') return state.revoked;
  return !state.revoked && state.contentHash === release.contentHash;
}

function channelStatus(release: ReleaseSummary, state: StateSummary | undefined, open: DeliverySummary[], now: Date, thresholdMs: number): Pick<ChannelReport, 'status' | 'note'> {
  const dead = open.find((d) => d.status === 'dead' && d.version >= release.version);
  if (dead) return { status: 'dead', note: dead.lastError ?? 'delivery gave up' };
  if (serves(state, release)) return { status: 'consistent' };
  const waiting = open.find((d) => d.version >= release.version && d.status !== 'dead');
  const age = waiting ? now.getTime() - Math.max(waiting.createdAt.getTime(), release.effectiveFrom.getTime()) : Infinity;
  if (waiting && age <= thresholdMs) return { status: 'pending', note: `version ${waiting.version} ${waiting.status}` };
  return { status: 'drift', note: waiting ? `version ${waiting.version} ${waiting.status} for ${Math.round(age / 1000)} s: ${waiting.lastError ?? ''}` : 'no delivery on its way' };
}

/** Compares what is in force with what each channel serves. Pure. */
export function computeConsistency(
  releases: readonly ReleaseSummary[], states: readonly StateSummary[], openDeliveries: readonly DeliverySummary[], now: Date, thresholdMs: number,
): ConsistencyReport {
  const stateOf = new Map(states.map((s) => [`${s.channel}|${s.subjectKey}`, s]));
  const counts: Record<ChannelStatus, number> = { consistent: 0, pending: 0, drift: 0, dead: 0 };
  const subjects: SubjectReport[] = [];
  for (const [subjectKey, release] of [...releasesInForce(releases, now)].sort(([a], [b]) => a.localeCompare(b))) {
    const channels = CHANNEL_NAMES.map((channel): ChannelReport => {
      const state = stateOf.get(`${channel}|${subjectKey}`);
      const open = openDeliveries.filter((d) => d.channel === channel && d.subjectKey === subjectKey);
      const verdict = channelStatus(release, state, open, now, thresholdMs);
      counts[verdict.status] += 1;
      return { channel, version: state?.version ?? null, contentHash: state?.contentHash ?? null, revoked: state?.revoked ?? false, ...verdict };
    });
    subjects.push({
      subjectKey,
      inForce: { version: release.version, action: release.action, contentHash: release.contentHash, effectiveFrom: release.effectiveFrom.toISOString() },
      channels,
    });
  }
  return { generatedAt: now.toISOString(), pendingThresholdMs: thresholdMs, subjects, counts, clean: counts.drift === 0 && counts.dead === 0 };
}
