/**
 * Delivery under trouble: a portal endpoint that refuses and then recovers, a release that
 * takes effect later, a knowledge point replaced by its successor, dead rows replayed.
 * Portals verify the webhooks with the reference Standard Webhooks library.
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Webhook } from 'standardwebhooks';
import { loadConsistency } from '../../src/publishing/load-consistency';
import { findDeliveries, replayDead } from '../../src/publishing/outbox-store';
import { releaseInForce } from '../../src/publishing/release-store';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { createDocument, departmentData, knowledgePointData, matterData } from '../helpers/fixtures';
import { command, dispatcherOf } from '../helpers/publishing';

const SECRET = `whsec_${randomBytes(24).toString('base64')}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Seen = { id: string; code: string; version: number };
const seen: Seen[] = [];
const rejected: string[] = [];
let port: number;
let receiver: http.Server | undefined;

function listen(): Promise<void> {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      try {
        const event = new Webhook(SECRET).verify(body, req.headers as Record<string, string>) as { subject: { code: string }; version: number };
        seen.push({ id: String(req.headers['webhook-id']), code: event.subject.code, version: event.version });
        res.writeHead(204).end();
      } catch (error) {
        rejected.push(String(error));
        res.writeHead(400).end();
      }
    });
  });
  return new Promise((resolve) => receiver!.listen(port, '127.0.0.1', () => resolve()));
}

async function freePort(): Promise<number> {
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return free;
}

let app: TestApp;
let writer: string;
let departmentId: string;

beforeAll(async () => {
  port = await freePort();
  Object.assign(process.env, {
    PORTAL_WEBHOOK_URLS: `http://127.0.0.1:${port}/hooks/tongyuan`, PORTAL_WEBHOOK_SECRET: SECRET, PORTAL_WEBHOOK_TIMEOUT_MS: '2000',
    DISPATCH_BASE_DELAY_MS: '20', DISPATCH_MAX_DELAY_MS: '100', DISPATCH_MAX_ATTEMPTS: '1000',
  });
  app = await startApp();
  writer = await createApiToken(app.strapi, 'full-access');
  departmentId = await createDocument(app, writer, 'departments', departmentData());
});
afterAll(async () => {
  await app?.stop();
  receiver?.close();
  for (const name of ['PORTAL_WEBHOOK_URLS', 'PORTAL_WEBHOOK_SECRET', 'PORTAL_WEBHOOK_TIMEOUT_MS', 'DISPATCH_BASE_DELAY_MS', 'DISPATCH_MAX_DELAY_MS', 'DISPATCH_MAX_ATTEMPTS']) delete process.env[name];
});

/** Drains until nothing is pending or failed, or the time is up. */
async function settle(limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    await dispatcherOf(app).drain();
    const open = await findDeliveries(app.strapi, { status: { $in: ['pending', 'failed'] } });
    if (open.length === 0) return;
    await sleep(30);
  }
}

test('a refusing portal endpoint: deliveries retry, converge once it recovers, nothing lost, no repeats', async () => {
  const id = await createDocument(app, writer, 'matters', matterData('M50', departmentId));
  await dispatcherOf(app).drain();
  const failed = await findDeliveries(app.strapi, { channel: 'web', subjectKey: 'matter:M50:zh-CN' });
  // Retries come fast in this test, so the drain may already have tried more than once.
  expect(failed[0].status).toBe('failed');
  expect(failed[0].attempts).toBeGreaterThanOrEqual(1);
  expect(failed[0].lastError).toMatch(/fetch failed|ECONNREFUSED|refused/i);

  await request(app.server).put(`/api/matters/${id}?status=draft`).set('Authorization', `Bearer ${writer}`).send({ data: { taskName: '测试事项登记（第二版）' } });
  expect((await command(app, writer, 'publish', { type: 'matter', code: 'M50', locale: 'zh-CN' })).status).toBe(201);
  await dispatcherOf(app).drain();
  expect(seen).toEqual([]);

  await listen();
  await settle();
  const rows = await findDeliveries(app.strapi, { subjectKey: 'matter:M50:zh-CN' });
  expect(rows.every((row) => row.status === 'delivered' || row.status === 'superseded')).toBe(true);
  expect(rejected).toEqual([]);
  const versions = seen.filter((s) => s.code === 'M50').map((s) => s.version);
  expect(versions.at(-1)).toBe(2);
  expect(new Set(versions).size).toBe(versions.length);
  expect([...versions].sort()).toEqual(versions);
  expect((await loadConsistency(app.strapi)).clean).toBe(true);
});

test('a release with a future effective date takes over on every channel at that time', async () => {
  await createDocument(app, writer, 'matters', matterData('M51', departmentId));
  await settle();
  const { documentId } = await app.strapi.db.query('api::matter.matter').findOne({ where: { code: 'M51' } });
  await request(app.server).put(`/api/matters/${documentId}?status=draft`).set('Authorization', `Bearer ${writer}`).send({ data: { taskName: '测试事项登记（新规）' } });
  const takesOver = new Date(Date.now() + 1500);
  const published = await command(app, writer, 'publish', { type: 'matter', code: 'M51', locale: 'zh-CN', effectiveFrom: takesOver.toISOString() });
  expect(published.body.data).toMatchObject({ version: 2 });
  await settle(500);
  const before = await loadConsistency(app.strapi);
  expect(before.subjects.find((s) => s.subjectKey === 'matter:M51:zh-CN')?.inForce.version).toBe(1);
  expect(before.clean).toBe(true);
  await sleep(takesOver.getTime() - Date.now() + 50);
  await settle();
  const after = await loadConsistency(app.strapi);
  const m51 = after.subjects.find((s) => s.subjectKey === 'matter:M51:zh-CN');
  expect(m51?.inForce.version).toBe(2);
  expect(m51?.channels.map((c) => c.version)).toEqual([2, 2, 2, 2]);
});

test('a knowledge point successor takes over with no gap and no overlap', async () => {
  const start = new Date(Date.now() - 60_000);
  const id = await createDocument(app, writer, 'knowledge-points', { ...knowledgePointData('KP-T-51', departmentId), effectiveFrom: start.toISOString() });
  const handover = new Date(Date.now() + 3_600_000);
  await request(app.server).put(`/api/knowledge-points/${id}?status=draft`).set('Authorization', `Bearer ${writer}`)
    .send({ data: { answer: '自下月起，测试事项收取工本费10元。', effectiveFrom: handover.toISOString(), version: 2 } });
  expect((await command(app, writer, 'publish', { type: 'knowledgePoint', code: 'KP-T-51', locale: 'zh-CN' })).status).toBe(201);
  const subject = { type: 'knowledgePoint' as const, code: 'KP-T-51', locale: 'zh-CN' };
  const at = (offsetMs: number) => releaseInForce(app.strapi, subject, new Date(handover.getTime() + offsetMs));
  expect((await at(-1))?.version).toBe(1);
  expect((await at(0))?.version).toBe(2);
  expect((await at(1))?.version).toBe(2);
});

test('a delivery that keeps failing goes dead with its error, shows in the report, and can be replayed', async () => {
  receiver?.close();
  process.env.DISPATCH_MAX_ATTEMPTS = '2';
  await createDocument(app, writer, 'matters', matterData('M52', departmentId));
  const dispatcher = (await import('../../src/publishing/dispatcher')).createDispatcher(
    app.strapi, (await import('../../src/publishing/runtime')).publishingRuntime(app.strapi).channels, { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  );
  for (let i = 0; i < 5; i += 1) { await dispatcher.drain(); await sleep(10); }
  const [dead] = await findDeliveries(app.strapi, { channel: 'web', subjectKey: 'matter:M52:zh-CN' });
  expect(dead).toMatchObject({ status: 'dead', attempts: 2 });
  const report = await loadConsistency(app.strapi);
  expect(report.clean).toBe(false);
  expect(report.subjects.find((s) => s.subjectKey === 'matter:M52:zh-CN')?.channels.find((c) => c.channel === 'web')?.status).toBe('dead');
  await listen();
  expect(await replayDead(app.strapi, { channel: 'web' })).toBeGreaterThanOrEqual(1);
  await settle();
  expect((await loadConsistency(app.strapi)).clean).toBe(true);
});

test('two dispatcher instances on one database deliver every row exactly once', async () => {
  if (!receiver?.listening) await listen();
  const points = app.strapi.documents('api::knowledge-point.knowledge-point');
  for (let i = 0; i < 20; i += 1) {
    await points.create({ data: { ...knowledgePointData(`KP-T-6${String(i).padStart(2, '0')}`, departmentId), standardQuestion: `并发测试第${i}题？` } as never, status: 'published' } as never);
  }
  const { createDispatcher } = await import('../../src/publishing/dispatcher');
  const { publishingRuntime } = await import('../../src/publishing/runtime');
  const channels = publishingRuntime(app.strapi).channels;
  const [a, b] = [createDispatcher(app.strapi, channels, { owner: 'instance-a', batchSize: 5 }), createDispatcher(app.strapi, channels, { owner: 'instance-b', batchSize: 5 })];
  const seenBefore = seen.length;
  const [byA, byB] = await Promise.all([a.drain(), b.drain()]);
  expect(byA + byB).toBe(80);
  const rows = await findDeliveries(app.strapi, { subjectKey: { $startsWith: 'knowledgePoint:KP-T-6' } });
  expect(rows).toHaveLength(80);
  expect(rows.every((row) => row.status === 'delivered' && row.attempts === 1)).toBe(true);
  const announced = seen.slice(seenBefore).map((s) => s.id);
  expect(announced).toHaveLength(20);
  expect(new Set(announced).size).toBe(20);
});
