/**
 * The content API serves published guides and knowledge points per locale, whole (every
 * element a citizen needs, with materials and forms), and never a draft.
 */
import request from 'supertest';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { createDocument, departmentData, matterData } from '../helpers/fixtures';
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

async function matterByCode(code: string, locale: string, token?: string) {
  const call = request(app.server).get('/api/matters').query({ 'filters[code][$eq]': code, locale });
  const response = token ? await call.set('Authorization', `Bearer ${token}`) : await call;
  expect(response.status).toBe(200);
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0];
}

describe('a published matter', () => {
  test('comes whole in zh-CN: materials with forms, fees, time limits, steps, places, phones, FAQ', async () => {
    const m01 = await matterByCode('M01', 'zh-CN');
    expect(m01.taskName).toContain('居民身份证');
    expect(m01.locale).toBe('zh-CN');
    expect(m01.materials.length).toBeGreaterThanOrEqual(2);
    for (const material of m01.materials) expect(material).toEqual(expect.objectContaining({ name: expect.any(String), necessity: expect.any(String) }));
    expect(m01.feeItems.map((fee: { standard: string }) => fee.standard).join(' ')).toMatch(/20/);
    expect(m01.feeItems.map((fee: { standard: string }) => fee.standard).join(' ')).toMatch(/40/);
    expect(m01.promisedTimeLimit).toEqual(expect.objectContaining({ value: expect.any(Number), unit: expect.any(String) }));
    expect(m01.offlineSteps.length).toBeGreaterThan(0);
    expect(m01.locations.length).toBeGreaterThan(0);
    expect(m01.locations[0].address).toMatch(/东莞市/);
    expect(m01.department.name).toBe('东莞市公安局');
    expect(m01.consult.phone).toMatch(/^0769-/);
    expect(m01.faqs.length).toBeGreaterThan(0);
    expect(m01.legalBasis.length).toBeGreaterThan(0);
  });

  test('links the sample forms of its materials as files', async () => {
    const m02 = await matterByCode('M02', 'zh-CN');
    const forms = m02.materials.flatMap((m: { sampleForm?: { url: string; mime: string } }) => (m.sampleForm ? [m.sampleForm] : []));
    expect(forms.length).toBeGreaterThan(0);
    expect(forms[0]).toEqual(expect.objectContaining({ mime: 'application/pdf', url: expect.stringMatching(/^\/uploads\//) }));
    const file = await request(app.server).get(forms[0].url);
    expect(file.status).toBe(200);
    expect(file.body.toString('latin1', 0, 5)).toBe('%PDF-');
  });

  test('comes in traditional characters in zh-HK, with the same materials and fees', async () => {
    const [cn, hk] = [await matterByCode('M01', 'zh-CN'), await matterByCode('M01', 'zh-HK')];
    expect(hk.locale).toBe('zh-HK');
    expect(hk.documentId).toBe(cn.documentId);
    expect(hk.taskName).toMatch(/居民身份證/);
    expect(hk.materials.map((m: { key: string }) => m.key)).toEqual(cn.materials.map((m: { key: string }) => m.key));
    expect(hk.feeItems.map((f: { amountYuan: number }) => f.amountYuan)).toEqual(cn.feeItems.map((f: { amountYuan: number }) => f.amountYuan));
    expect(hk.department.name).toBe('東莞市公安局');
  });

  test('comes in English for M01 and M02 only', async () => {
    expect((await matterByCode('M02', 'en')).taskName).toMatch(/[A-Za-z]/);
    const m04 = await request(app.server).get('/api/matters').query({ 'filters[code][$eq]': 'M04', locale: 'en' });
    expect(m04.body.data).toEqual([]);
  });

  test('never shows its owners (internal contact data)', async () => {
    const m01 = await matterByCode('M01', 'zh-CN', reader);
    expect(m01).not.toHaveProperty('owners');
  });
});

describe('knowledge points', () => {
  test('are served per locale with their matter', async () => {
    for (const [locale, pattern] of [['zh-CN', /身份证/], ['zh-HK', /身份證/]] as const) {
      const response = await request(app.server).get('/api/knowledge-points').query({ 'filters[code][$eq]': 'KP-M01-FEE', locale });
      expect(response.status).toBe(200);
      const [point] = response.body.data;
      expect(point.standardQuestion).toMatch(pattern);
      expect(point.answer).toMatch(/20/);
      expect(point.matter.code).toBe('M01');
      expect(point).not.toHaveProperty('owner');
    }
  });
});

describe('drafts', () => {
  let departmentId: string;
  beforeAll(async () => {
    departmentId = await createDocument(app, writer, 'departments', departmentData('DG-DRAFT'));
  });

  test('a never-published matter is invisible: not listed, not found by id', async () => {
    const id = await createDocument(app, writer, 'matters', matterData('M70', departmentId), '?status=draft');
    const list = await request(app.server).get('/api/matters').query({ 'filters[code][$eq]': 'M70' });
    expect(list.body.data).toEqual([]);
    expect((await request(app.server).get(`/api/matters/${id}`)).status).toBe(404);
    expect((await request(app.server).get(`/api/matters/${id}`).set('Authorization', `Bearer ${writer}`)).status).toBe(404);
  });

  test('unpublished edits of a published matter stay in the CMS', async () => {
    const id = await createDocument(app, writer, 'matters', matterData('M71', departmentId));
    const edit = await request(app.server).put(`/api/matters/${id}?status=draft`).set('Authorization', `Bearer ${writer}`)
      .send({ data: { taskName: '尚未审核的新名称' } });
    expect(edit.status).toBe(200);
    expect((await request(app.server).get(`/api/matters/${id}`)).body.data.taskName).toBe('测试事项登记');
  });

  test('asking for drafts is a 400 naming the status parameter, whoever asks', async () => {
    for (const token of [undefined, reader, writer]) {
      const call = request(app.server).get('/api/matters').query({ status: 'draft' });
      const response = token ? await call.set('Authorization', `Bearer ${token}`) : await call;
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual(['status']);
    }
  });
});

test('the synonym list is internal: anonymous visitors are refused', async () => {
  expect((await request(app.server).get('/api/synonyms')).status).toBe(403);
});
