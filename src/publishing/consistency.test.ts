import { computeConsistency, type DeliverySummary, type ReleaseSummary, type StateSummary } from './consistency';

const now = new Date('2026-11-22T08:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const release = (version: number, contentHash: string | null, effectiveFrom = minutesAgo(10), action: ReleaseSummary['action'] = 'publish'): ReleaseSummary =>
  ({ subjectType: 'matter', subjectCode: 'M01', locale: 'zh-CN', version, action, contentHash, effectiveFrom });
const state = (channel: StateSummary['channel'], version: number, contentHash: string | null, revoked = false): StateSummary =>
  ({ channel, subjectKey: 'matter:M01:zh-CN', version, contentHash, revoked });
const allChannels = (version: number, hash: string | null, revoked = false) =>
  (['web', 'hotline', 'window', 'kiosk'] as const).map((c) => state(c, version, hash, revoked));
const open = (channel: DeliverySummary['channel'], version: number, status: DeliverySummary['status'], createdMinutesAgo: number): DeliverySummary =>
  ({ channel, subjectKey: 'matter:M01:zh-CN', version, status, nextAttemptAt: now, lastError: 'refused', createdAt: minutesAgo(createdMinutesAgo) });

test('every channel serving the release in force is consistent', () => {
  const report = computeConsistency([release(1, 'a'), release(2, 'b')], allChannels(2, 'b'), [], now, 60_000);
  expect(report.clean).toBe(true);
  expect(report.subjects[0].inForce.version).toBe(2);
  expect(report.counts.consistent).toBe(4);
});

test('a release not yet in force is not expected anywhere', () => {
  const future = new Date(now.getTime() + 60_000);
  const report = computeConsistency([release(1, 'a'), release(2, 'b', future)], allChannels(1, 'a'), [open('web', 2, 'pending', 1)], now, 60_000);
  expect(report.subjects[0].inForce.version).toBe(1);
  expect(report.clean).toBe(true);
});

test('a delivery still on its way is pending within the threshold and drift beyond it', () => {
  const states = [...allChannels(2, 'b').filter((s) => s.channel !== 'window'), state('window', 1, 'a')];
  const young = computeConsistency([release(1, 'a'), release(2, 'b', minutesAgo(0.5))], states, [open('window', 2, 'failed', 0.5)], now, 60_000);
  expect(young.subjects[0].channels.find((c) => c.channel === 'window')?.status).toBe('pending');
  expect(young.clean).toBe(true);
  const old = computeConsistency([release(1, 'a'), release(2, 'b', minutesAgo(5))], states, [open('window', 2, 'failed', 5)], now, 60_000);
  expect(old.subjects[0].channels.find((c) => c.channel === 'window')?.status).toBe('drift');
  expect(old.clean).toBe(false);
});

test('a channel serving other text with nothing on its way is drift; a dead delivery is reported', () => {
  const states = [...allChannels(2, 'b').filter((s) => s.channel !== 'kiosk'), state('kiosk', 2, 'tampered')];
  expect(computeConsistency([release(2, 'b')], states, [], now, 60_000).counts.drift).toBe(1);
  const dead = computeConsistency([release(2, 'b')], allChannels(1, 'a'), [open('web', 2, 'dead', 1)], now, 60_000);
  expect(dead.subjects[0].channels.find((c) => c.channel === 'web')?.status).toBe('dead');
});

test('after a revoke, channels must serve the withdrawal', () => {
  const releases = [release(1, 'a'), release(2, null, minutesAgo(5), 'revoke')];
  expect(computeConsistency(releases, allChannels(2, null, true), [], now, 60_000).clean).toBe(true);
  expect(computeConsistency(releases, allChannels(1, 'a'), [], now, 60_000).counts.drift).toBe(4);
});
