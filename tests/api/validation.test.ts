/**
 * Bad input is refused with 400 and the path of the offending field, and nothing is written:
 * neither the document nor any of its components.
 */
import request from 'supertest';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { createDocument, departmentData, knowledgePointData, matterData, rowCount } from '../helpers/fixtures';

let app: TestApp;
let token: string;
let departmentId: string;

beforeAll(async () => {
  app = await startApp();
  token = await createApiToken(app.strapi, 'full-access');
  departmentId = await createDocument(app, token, 'departments', departmentData());
});
afterAll(async () => app?.stop());

type Case = { name: string; plural: string; uid: string; data: () => object; path: (string | number)[] };

const MATTER = 'api::matter.matter';
const KP = 'api::knowledge-point.knowledge-point';
const without = (data: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

const cases: Case[] = [
  { name: 'a missing required element', plural: 'matters', uid: MATTER, data: () => without(matterData('M90', departmentId), 'acceptConditions'), path: ['acceptConditions'] },
  { name: 'a missing required component', plural: 'matters', uid: MATTER, data: () => without(matterData('M90', departmentId), 'promisedTimeLimit'), path: ['promisedTimeLimit'] },
  {
    name: 'an unknown material necessity', plural: 'matters', uid: MATTER, path: ['materials', 0, 'necessity'],
    data: () => ({ ...matterData('M90', departmentId), materials: [{ key: 'x', name: '居民户口簿', order: 1, necessity: '随便' }] }),
  },
  { name: 'an unknown task type', plural: 'matters', uid: MATTER, data: () => ({ ...matterData('M90', departmentId), taskType: 'magic' }), path: ['taskType'] },
  { name: 'an over-long matter name', plural: 'matters', uid: MATTER, data: () => ({ ...matterData('M90', departmentId), taskName: '长'.repeat(201) }), path: ['taskName'] },
  { name: 'an unknown service object in a JSON list', plural: 'matters', uid: MATTER, data: () => ({ ...matterData('M90', departmentId), serviceObjects: ['外星人'] }), path: ['serviceObjects', 0] },
  { name: 'a malformed code', plural: 'matters', uid: MATTER, data: () => matterData('m 90', departmentId), path: ['code'] },
  { name: 'a NUL character in text', plural: 'matters', uid: MATTER, data: () => ({ ...matterData('M90', departmentId), taskName: 'a\u0000b' }), path: ['taskName'] },
  { name: 'an over-long standard question', plural: 'knowledge-points', uid: KP, data: () => ({ ...knowledgePointData('KP-T-90', departmentId), standardQuestion: '问'.repeat(129) }), path: ['standardQuestion'] },
  { name: 'similar questions that are not strings', plural: 'knowledge-points', uid: KP, data: () => ({ ...knowledgePointData('KP-T-90', departmentId), similarQuestions: ['好', 42] }), path: ['similarQuestions', 1] },
  { name: 'an over-long keyword', plural: 'knowledge-points', uid: KP, data: () => ({ ...knowledgePointData('KP-T-90', departmentId), keywords: ['关'.repeat(21)] }), path: ['keywords', 0] },
  { name: 'an unknown knowledge kind', plural: 'knowledge-points', uid: KP, data: () => ({ ...knowledgePointData('KP-T-90', departmentId), kind: 'rumour' }), path: ['kind'] },
];

describe.each(cases)('creating with $name', ({ plural, uid, data, path }) => {
  test('answers 400 with the field path and writes nothing', async () => {
    const before = await rowCount(app, uid);
    const response = await request(app.server).post(`/api/${plural}`).set('Authorization', `Bearer ${token}`).send({ data: data() });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    const paths = response.body.error.details.errors.map((error: { path: unknown[] }) => error.path.map(String).join('.'));
    expect(paths).toContain(path.map(String).join('.'));
    expect(await rowCount(app, uid)).toBe(before);
  });
});

test('a duplicate matter code answers 400 on code and leaves the first matter as it was', async () => {
  const firstId = await createDocument(app, token, 'matters', matterData('M91', departmentId));
  const before = await rowCount(app, MATTER);
  const response = await request(app.server).post('/api/matters').set('Authorization', `Bearer ${token}`)
    .send({ data: { ...matterData('M91', departmentId), taskName: '冒名顶替的事项' } });
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors[0].path).toEqual(['code']);
  expect(await rowCount(app, MATTER)).toBe(before);
  const first = await request(app.server).get(`/api/matters/${firstId}`);
  expect(first.body.data.taskName).toBe('测试事项登记');
});

test('an update with bad input answers 400 and the stored matter is unchanged', async () => {
  const id = await createDocument(app, token, 'matters', matterData('M92', departmentId));
  const response = await request(app.server).put(`/api/matters/${id}`).set('Authorization', `Bearer ${token}`)
    .send({ data: { taskName: '新名字', promisedTimeLimit: { value: 5, unit: 'fortnights' } } });
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('promisedTimeLimit.unit');
  const stored = await request(app.server).get(`/api/matters/${id}`);
  expect(stored.body.data.taskName).toBe('测试事项登记');
  expect(stored.body.data.promisedTimeLimit).toMatchObject({ value: 20, unit: 'workingDays' });
});

test('a matter code may repeat across locales of the same document', async () => {
  const id = await createDocument(app, token, 'matters', matterData('M93', departmentId));
  const hkDepartment = await request(app.server).put(`/api/departments/${departmentId}?locale=zh-HK`).set('Authorization', `Bearer ${token}`)
    .send({ data: { ...departmentData(), name: '東莞市測試局' } });
  expect(hkDepartment.status).toBe(200);
  const hk = await request(app.server).put(`/api/matters/${id}?locale=zh-HK`).set('Authorization', `Bearer ${token}`)
    .send({ data: { ...matterData('M93', departmentId), taskName: '測試事項登記' } });
  expect(hk.status).toBe(200);
  expect(hk.body.data).toMatchObject({ documentId: id, locale: 'zh-HK', code: 'M93' });
});

test('anonymous visitors and read-only tokens cannot write', async () => {
  const readOnly = await createApiToken(app.strapi, 'read-only');
  const anonymous = await request(app.server).post('/api/matters').send({ data: matterData('M94', departmentId) });
  const reader = await request(app.server).post('/api/matters').set('Authorization', `Bearer ${readOnly}`).send({ data: matterData('M94', departmentId) });
  expect([anonymous.status, reader.status]).toEqual([403, 403]);
});
