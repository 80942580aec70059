/**
 * Hotline search over HTTP, indexed from what the hotline channel serves: colloquial,
 * traditional and pinyin questions find the right knowledge point, hits carry the released
 * version and hash, revoked answers stay out unless asked for, every query is logged.
 */
import request from 'supertest';
import { searchRuntime } from '../../src/bootstrap/set-up-search';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { command, drainAndReport } from '../helpers/publishing';
import { seedQuietly } from '../helpers/seeded';

let app: TestApp;
let token: string;
let writer: string;

beforeAll(async () => {
  app = await startApp();
  await seedQuietly(app);
  await drainAndReport(app);
  await searchRuntime(app.strapi).index.rebuild();
  token = await createApiToken(app.strapi, 'read-only');
  writer = await createApiToken(app.strapi, 'full-access');
});
afterAll(async () => app?.stop());

async function search(query: Record<string, string>) {
  return request(app.server).get('/api/search').query(query).set('Authorization', `Bearer ${token}`);
}

async function topCodes(q: string, locale = 'zh-CN'): Promise<string[]> {
  const response = await search({ q, locale, type: 'knowledgePoint' });
  expect(response.status).toBe(200);
  return response.body.data.slice(0, 3).map((hit: { code: string }) => hit.code);
}

test.each([
  ['身份证过期了在哪换新的', 'KP-M01-WHERE'],
  ['補辦身份證要幾多錢', 'KP-M01-FEE'],
  ['gjj 租房', 'KP-M04-RENT'],
  ['房产证过户收费标准', 'KP-M06-FEE'],
])('"%s" finds %s among the first three', async (q, code) => {
  expect(await topCodes(q)).toContain(code);
});

test('a hit carries the released version and hash, highlights, facets and the time taken', async () => {
  const response = await search({ q: '公积金提取', locale: 'zh-CN' });
  const [hit] = response.body.data;
  expect(hit).toMatchObject({ status: 'inForce', version: expect.any(Number), contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  expect(`${hit.titleHtml}${hit.snippet}`).toContain('<mark>');
  expect(response.body.meta).toMatchObject({ total: expect.any(Number), tookMs: expect.any(Number), searchId: expect.any(String) });
  expect(Object.keys(response.body.meta.facets)).toEqual(expect.arrayContaining(['department', 'kind', 'type']));
  const served = await app.strapi.db.query('api::channel-state.channel-state').findOne({ where: { channel: 'hotline', subjectKey: `${hit.type === 'knowledgePoint' ? 'knowledgePoint' : hit.type}:${hit.code}:zh-CN` } });
  expect(served.contentHash).toBe(hit.contentHash);
});

test('a revoked knowledge point is not returned unless asked for, and then flagged', async () => {
  expect((await command(app, writer, 'revoke', { type: 'knowledgePoint', code: 'KP-M05-AGE', locale: 'zh-CN' })).status).toBe(201);
  await drainAndReport(app);
  const plain = await search({ q: '超过60岁没参保怎么办', locale: 'zh-CN' });
  expect(plain.body.data.map((h: { code: string }) => h.code)).not.toContain('KP-M05-AGE');
  const all = await search({ q: '超过60岁没参保怎么办', locale: 'zh-CN', includeInactive: 'true' });
  expect(all.body.data.find((h: { code: string }) => h.code === 'KP-M05-AGE')?.status).toBe('revoked');
});

test('every query is logged with its result count', async () => {
  const response = await search({ q: '完全不存在的事项名称zzqx', locale: 'zh-CN' });
  const row = await app.strapi.db.query('api::search-log.search-log').findOne({ where: { searchId: response.body.meta.searchId } });
  expect(row).toMatchObject({ total: response.body.meta.total, locale: 'zh-CN' });
});

test('bad input is a 400 naming the parameter; anonymous callers are refused', async () => {
  expect((await search({ q: '' })).body.error.details.errors[0].path).toEqual(['q']);
  expect((await search({ q: '身份证', locale: 'fr' })).body.error.details.errors[0].path).toEqual(['locale']);
  expect((await request(app.server).get('/api/search').query({ q: '身份证' })).status).toBe(403);
});
