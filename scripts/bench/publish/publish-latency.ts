/**
 * Publish-to-consistent latency: edit a draft so its text changes, publish it over REST with a
 * full-access token, then watch the read model until every channel of that subject serves the
 * new hash. The clock runs from sending the publish command to the last channel serving it.
 */
import type { Core } from '@strapi/strapi';
import { STATE_UID } from '../../../src/channels/channel-state-store';
import { CHANNEL_NAMES } from '../../../src/publishing/outbox-store';

export type PublishTimings = {
  /** Publish command sent → every channel serves the new hash. */
  total: number[];
  /** The publish command's HTTP round trip. */
  command: number[];
  /** Command answered → every channel serves the new hash. */
  delivery: number[];
};

type Draft = { code: string; documentId: string; plainSummary: string };

const CODES = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'];
const LOCALE = 'zh-CN';
const POLL_MS = 2;
const TIMEOUT_MS = 10_000;

async function loadDrafts(strapi: Core.Strapi): Promise<Draft[]> {
  const rows = await strapi.db.query('api::matter.matter').findMany({
    where: { code: { $in: CODES }, locale: LOCALE, publishedAt: null }, select: ['code', 'documentId', 'plainSummary'],
  });
  if (rows.length !== CODES.length) throw new Error(`Expected drafts of ${CODES.join(', ')} in ${LOCALE}, found ${rows.length}`);
  return rows as Draft[];
}

async function call(url: string, token: string, method: 'PUT' | 'POST', body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const answer = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

async function servedEverywhere(strapi: Core.Strapi, subjectKey: string, hash: string): Promise<boolean> {
  const rows = (await strapi.db.query(STATE_UID as never).findMany({ where: { subjectKey }, select: ['channel', 'contentHash'] })) as { channel: string; contentHash: string | null }[];
  return CHANNEL_NAMES.every((channel) => rows.some((row) => row.channel === channel && row.contentHash === hash));
}

async function waitUntilServed(strapi: Core.Strapi, subjectKey: string, hash: string): Promise<number> {
  const deadline = performance.now() + TIMEOUT_MS;
  while (!(await servedEverywhere(strapi, subjectKey, hash))) {
    if (performance.now() > deadline) throw new Error(`${subjectKey} ${hash} was not served everywhere within ${TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return performance.now();
}

/** Publishes `count` edits, round-robin over M01–M08 (zh-CN), one at a time, and times each. */
export async function measurePublishLatency(strapi: Core.Strapi, baseUrl: string, token: string, count: number): Promise<PublishTimings> {
  const drafts = await loadDrafts(strapi);
  const timings: PublishTimings = { total: [], command: [], delivery: [] };
  for (let n = 1; n <= count; n += 1) {
    const draft = drafts[n % drafts.length];
    const edit = { data: { plainSummary: `${draft.plainSummary}（第${n}次修订）` } };
    await call(`${baseUrl}/api/matters/${draft.documentId}?status=draft&locale=${LOCALE}`, token, 'PUT', edit);
    const sent = performance.now();
    const answer = await call(`${baseUrl}/api/publishing/publish`, token, 'POST', { type: 'matter', code: draft.code, locale: LOCALE });
    const answered = performance.now();
    const { contentHash, created } = answer.data as { contentHash: string; created: boolean };
    if (!created) throw new Error(`Publish ${n} of ${draft.code} made no new version: the edit did not change the text`);
    const served = await waitUntilServed(strapi, `matter:${draft.code}:${LOCALE}`, contentHash);
    timings.total.push(served - sent);
    timings.command.push(answered - sent);
    timings.delivery.push(served - answered);
  }
  return timings;
}
