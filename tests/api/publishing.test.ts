/**
 * Publish once, deliver everywhere, prove it: a publish makes one release, every channel
 * serves its hash within a second, the texts agree, and stale or doubled edits are refused.
 */
import request from 'supertest';
import { compareProjection, type Publication } from '../../src/domain/publication';
import { loadConsistency } from '../../src/publishing/load-consistency';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { command, dispatcherOf, drainAndReport, draftLockVersion, releaseCount } from '../helpers/publishing';
import { seedQuietly } from '../helpers/seeded';

let app: TestApp;
let writer: string;
let reader: string;

beforeAll(async () => {
  app = await startApp();
  await seedQuietly(app);
  writer = await createApiToken(app.strapi, 'full-access');
  reader = await createApiToken(app.strapi, 'read-only');
});
afterAll(async () => app?.stop());

const M01 = { type: 'matter', code: 'M01', locale: 'zh-CN' };

async function editDraft(code: string, data: Record<string, unknown>, locale = 'zh-CN') {
  const { documentId } = await draftLockVersion(app, code, locale);
  return request(app.server).put(`/api/matters/${documentId}?status=draft&locale=${locale}`).set('Authorization', `Bearer ${writer}`).send({ data });
}

test('the sample content is released on every channel after seeding, and the report is clean', async () => {
  const report = await drainAndReport(app);
  expect(report.subjects.length).toBeGreaterThan(150);
  expect(report.counts.drift + report.counts.dead + report.counts.pending).toBe(0);
  expect(report.clean).toBe(true);
});

test('publishing M01 reaches every channel with the same hash within a second, in identical words', async () => {
  expect((await editDraft('M01', { plainSummary: '到期换证20元，补领或损坏换领40元；东莞户籍20个工作日出证。' })).status).toBe(200);
  const started = Date.now();
  const published = await command(app, writer, 'publish', M01);
  expect(published.status).toBe(201);
  const { version, contentHash } = published.body.data;
  dispatcherOf(app).start();
  let clean = false;
  while (!clean && Date.now() - started < 5000) {
    const report = await loadConsistency(app.strapi);
    const m01 = report.subjects.find((s) => s.subjectKey === 'matter:M01:zh-CN');
    clean = m01?.channels.every((c) => c.status === 'consistent' && c.contentHash === contentHash) ?? false;
    if (!clean) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const elapsed = Date.now() - started;
  await dispatcherOf(app).stop();
  expect(clean).toBe(true);
  expect(elapsed).toBeLessThan(1000);

  const publication = (await request(app.server).get('/api/guides/M01').set('Authorization', `Bearer ${reader}`)).body.data.content as Publication;
  expect(publication.contentHash).toBe(contentHash);
  for (const format of ['web', 'hotline', 'window', 'kiosk']) {
    const response = await request(app.server).get(`/api/guides/M01?format=${format}`).set('Authorization', `Bearer ${reader}`);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ version, contentHash });
    expect(compareProjection(publication, response.body.data.content)).toEqual([]);
  }
});

test('the guide endpoint answers 304 to a matching ETag, with cache headers', async () => {
  const first = await request(app.server).get('/api/guides/M01?locale=zh-HK').set('Authorization', `Bearer ${reader}`);
  expect(first.status).toBe(200);
  expect(first.headers.etag).toBe(`"${first.body.data.contentHash}"`);
  expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
  const again = await request(app.server).get('/api/guides/M01?locale=zh-HK').set('Authorization', `Bearer ${reader}`).set('If-None-Match', first.headers.etag);
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
});

test('a double-clicked publish makes one release', async () => {
  expect((await editDraft('M02', { plainSummary: '个体户开业，先确认标准地址和经营范围，网上办理最快1个工作日。' })).status).toBe(200);
  const before = await releaseCount(app, { subjectCode: 'M02', locale: 'zh-CN' });
  const [a, b] = await Promise.all([command(app, writer, 'publish', { ...M01, code: 'M02' }), command(app, writer, 'publish', { ...M01, code: 'M02' })]);
  expect([a.status, b.status].sort()).toEqual([200, 201]);
  expect(a.body.data.version).toBe(b.body.data.version);
  expect(await releaseCount(app, { subjectCode: 'M02', locale: 'zh-CN' })).toBe(before + 1);
});

test('two editors saving on the same version: the second gets 409 and the first edit stands', async () => {
  const { lockVersion } = await draftLockVersion(app, 'M06');
  const first = await editDraft('M06', { lockVersion, openingHours: '周一至周五 9:00-12:00，13:30-17:30（第一位编辑）' });
  const second = await editDraft('M06', { lockVersion, openingHours: '周一至周日 全天（第二位编辑）' });
  expect(first.status).toBe(200);
  expect(second.status).toBe(409);
  expect(second.body.error).toMatchObject({ name: 'EditConflictError', details: { path: ['lockVersion'], currentVersion: lockVersion + 1 } });
  const stored = await app.strapi.db.query('api::matter.matter').findOne({ where: { code: 'M06', locale: 'zh-CN', publishedAt: null } });
  expect(stored.openingHours).toContain('第一位编辑');
});

test('publishing on a stale lock version is refused with 409 and makes no release', async () => {
  const { lockVersion } = await draftLockVersion(app, 'M05');
  expect((await editDraft('M05', { lockVersion, openingHours: '周一至周五 9:00-17:00' })).status).toBe(200);
  const before = await releaseCount(app);
  const response = await command(app, writer, 'publish', { ...M01, code: 'M05', lockVersion });
  expect(response.status).toBe(409);
  expect(await releaseCount(app)).toBe(before);
});

test('a guide with lint errors is refused with its messages and nothing is released', async () => {
  expect((await editDraft('M07', { acceptConditions: '请携带其他材料到窗口办理。' })).status).toBe(200);
  const before = await releaseCount(app);
  const response = await command(app, writer, 'publish', { ...M01, code: 'M07' });
  expect(response.status).toBe(422);
  expect(response.body.error.name).toBe('PublishBlockedError');
  expect(JSON.stringify(response.body.error.details.messages)).toContain('其他材料');
  expect(await releaseCount(app)).toBe(before);
});

test('bad command input is a 400 naming the field; read-only tokens cannot publish', async () => {
  const bad = await command(app, writer, 'publish', { type: 'matter', code: 'm01', locale: 'zh-CN' });
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors[0].path).toEqual(['code']);
  expect((await command(app, reader, 'publish', M01)).status).toBe(403);
  expect((await request(app.server).post('/api/publishing/publish').send(M01)).status).toBe(403);
});

test('the list with updatedSince returns guides that changed after the cursor, revocations included', async () => {
  const cursor = new Date();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect((await command(app, writer, 'revoke', { ...M01, code: 'M08' })).status).toBe(201);
  await drainAndReport(app);
  const response = await request(app.server).get('/api/guides').query({ updatedSince: cursor.toISOString(), locale: 'zh-CN' }).set('Authorization', `Bearer ${reader}`);
  expect(response.status).toBe(200);
  expect(response.body.data.find((g: { code: string }) => g.code === 'M08')).toMatchObject({ status: 'revoked' });
});
