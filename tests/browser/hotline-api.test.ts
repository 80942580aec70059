/**
 * The hotline's API with real roles: agents read and flag but cannot edit; a flag reaches the
 * matter's 编辑 with a working-day deadline and shows in the admin; the console's answer is the
 * web channel's text (same hash); events turn the search log into the office's measures.
 */
import request from 'supertest';
import { normalizeText, projectionText, type WebPayload } from '../../src/domain/publication';
import { logSearch, newSearchId, workingDayDeadline } from '../../src/hotline';
import type { AnswerView } from '../../src/hotline/answer-view';
import type { TestApp } from '../helpers/app';
import { createAdminUser, createUser, startHotlineApp, type HotlineUser } from './hotline-app';

let app: TestApp;
let agent: HotlineUser;
let office: HotlineUser;
let plain: HotlineUser;

beforeAll(async () => {
  app = await startHotlineApp();
  agent = await createUser(app, 'hotline-agent', 'agent-wang');
  office = await createUser(app, 'hotline-office', 'office-li');
  plain = await createUser(app, 'authenticated', 'someone');
});
afterAll(async () => app?.stop());

const as = (user: HotlineUser | null) => ({
  get: (path: string) => (user ? request(app.server).get(path).set('Authorization', `Bearer ${user.jwt}`) : request(app.server).get(path)),
  post: (path: string, body: object) => (user ? request(app.server).post(path).set('Authorization', `Bearer ${user.jwt}`) : request(app.server).post(path)).send(body),
  put: (path: string, body: object) => (user ? request(app.server).put(path).set('Authorization', `Bearer ${user.jwt}`) : request(app.server).put(path)).send(body),
});

test('anonymous visitors and users without the agent role get nothing from the hotline APIs', async () => {
  for (const path of ['/api/hotline/session', '/api/hotline/answers/knowledgePoint/KP-M01-FEE', '/api/hotline/measures', '/api/feedbacks']) {
    expect([401, 403]).toContain((await as(null).get(path)).status);
    expect((await as(plain).get(path)).status).toBe(403);
  }
  expect([401, 403]).toContain((await as(null).post('/api/feedbacks', { data: {} })).status);
  expect([401, 403]).toContain((await as(null).post('/api/hotline/events', {})).status);
});

test('agents cannot edit content, nor read the office figures', async () => {
  const row = await app.strapi.db.query('api::knowledge-point.knowledge-point').findOne({ where: { code: 'KP-M01-FEE', locale: 'zh-CN' } });
  expect((await as(agent).put(`/api/knowledge-points/${row.documentId}`, { data: { answer: '改掉' } })).status).toBe(403);
  expect((await as(agent).post('/api/matters', { data: { code: 'M99' } })).status).toBe(403);
  expect((await as(agent).get('/api/hotline/measures')).status).toBe(403);
  expect((await as(agent).get('/api/feedbacks')).status).toBe(403);
  expect((await as(agent).get('/api/search-logs')).status).toBe(403);
});

test('the session says who is signed in and whether the report is theirs', async () => {
  expect((await as(agent).get('/api/hotline/session')).body.data).toMatchObject({ username: 'agent-wang', role: { type: 'hotline-agent' }, canSeeReport: false });
  expect((await as(office).get('/api/hotline/session')).body.data).toMatchObject({ canSeeReport: true });
});

test("an opened knowledge point shows the web channel's words, version and hash, with its matter and SMS", async () => {
  const opened = await as(agent).get('/api/hotline/answers/knowledgePoint/KP-M01-FEE?locale=zh-CN');
  expect(opened.status).toBe(200);
  const view = opened.body.data as AnswerView;
  const web = await as(agent).get('/api/knowledge/KP-M01-FEE?format=web');
  expect(web.status).toBe(200);
  expect(view.subject).toMatchObject({ code: 'KP-M01-FEE', version: web.body.data.version, contentHash: web.body.data.contentHash, status: 'inForce' });
  const webAnswer = projectionText(web.body.data.content as WebPayload).get('answer')?.[0];
  const consoleAnswer = view.copyText.split('\n').map((line) => line.replace(/^\d+[.)] /, '')).join('\n');
  expect(normalizeText(consoleAnswer)).toBe(webAnswer);
  expect(view.matter?.code).toBe('M01');
  expect(view.matter?.sections.map((s) => s.id)).toEqual(['materials', 'fees', 'time-limits', 'locations', 'handling']);
  expect(view.sms).toMatch(/^【东莞12345】.+详见：https:\/\//u);
});

test('the same code in zh-HK is served in traditional characters, and an unknown code is a 404', async () => {
  const hk = await as(agent).get('/api/hotline/answers/knowledgePoint/KP-M01-FEE?locale=zh-HK');
  expect(hk.status).toBe(200);
  expect(hk.body.data.sms.startsWith('【東莞12345】')).toBe(true);
  expect((await as(agent).get('/api/hotline/answers/knowledgePoint/KP-NOPE')).status).toBe(404);
  expect((await as(agent).get('/api/hotline/answers/thing/KP-M01-FEE')).status).toBe(400);
});

test('a flag goes to the matter’s 编辑 with a one-working-day deadline, and the owner sees it in the admin', async () => {
  const before = new Date();
  const flagged = await as(agent).post('/api/feedbacks', {
    data: { subjectType: 'knowledgePoint', subjectCode: 'KP-M01-FEE', locale: 'zh-CN', category: 'outdated', comment: '工本费标准已调整', callerQuestion: '补办身份证要几多钱' },
  });
  expect(flagged.status).toBe(201);
  expect(flagged.body.data).toMatchObject({ state: 'open', subjectCode: 'KP-M01-FEE', ownerName: '陈嘉欣', routingRule: 'matterEditor', version: 1 });
  expect(flagged.body.data.ownerPhone).toBeUndefined();
  const due = new Date(flagged.body.data.dueAt).getTime();
  expect(due).toBeGreaterThanOrEqual(workingDayDeadline(before, 1).getTime());
  expect(due).toBeLessThanOrEqual(workingDayDeadline(new Date(), 1).getTime());

  const adminToken = await createAdminUser(app, 'strapi-editor', 'chen.jiaxin@dg.example');
  const list = await request(app.server)
    .get('/content-manager/collection-types/api::feedback.feedback?filters[$and][0][ownerName][$eq]=%E9%99%88%E5%98%89%E6%AC%A3')
    .set('Authorization', `Bearer ${adminToken}`);
  expect(list.status).toBe(200);
  expect(list.body.results).toEqual(expect.arrayContaining([expect.objectContaining({ subjectCode: 'KP-M01-FEE', state: 'open', category: 'outdated' })]));
  const layout = await request(app.server).get('/content-manager/content-types/api::feedback.feedback/configuration').set('Authorization', `Bearer ${adminToken}`);
  expect(layout.body.data.contentType.layouts.list).toEqual(['id', 'state', 'category', 'subjectCode', 'subjectTitle', 'ownerName', 'dueAt']);
  expect(layout.body.data.contentType.settings).toMatchObject({ defaultSortBy: 'dueAt', defaultSortOrder: 'ASC' });
});

test('a knowledge point without a matter goes to its own owner; bad flags are refused with the field', async () => {
  const flagged = await as(agent).post('/api/feedbacks', { data: { subjectType: 'knowledgePoint', subjectCode: 'KP-B1-WHAT', category: 'unclear', comment: '九项是哪九项？' } });
  expect(flagged.status).toBe(201);
  expect(flagged.body.data).toMatchObject({ ownerName: '吴晓彤', routingRule: 'pointOwner' });
  const bad = await as(agent).post('/api/feedbacks', { data: { subjectType: 'knowledgePoint', subjectCode: 'KP-M01-FEE', category: 'boring', comment: 'x' } });
  expect(bad.status).toBe(400);
  expect(bad.body.error.details.errors[0].path).toEqual(['category']);
  const empty = await as(agent).post('/api/feedbacks', { data: { subjectType: 'knowledgePoint', subjectCode: 'KP-M01-FEE', category: 'wrong', comment: '   ' } });
  expect(empty.status).toBe(400);
  expect((await as(agent).post('/api/feedbacks', { data: { subjectType: 'matter', subjectCode: 'M99', category: 'wrong', comment: 'x' } })).status).toBe(404);
});

test('an owner answering in the admin stamps the time once; the office lists flags by deadline', async () => {
  const row = await app.strapi.db.query('api::feedback.feedback').findOne({ where: { subjectCode: 'KP-B1-WHAT' } });
  await app.strapi.documents('api::feedback.feedback' as never).update({ documentId: row.documentId, data: { state: 'answered', response: '九项见一件事清单' } } as never);
  const answered = await app.strapi.db.query('api::feedback.feedback').findOne({ where: { documentId: row.documentId } });
  expect(answered.answeredAt).toBeTruthy();
  await app.strapi.documents('api::feedback.feedback' as never).update({ documentId: row.documentId, data: { state: 'fixed' } } as never);
  const fixed = await app.strapi.db.query('api::feedback.feedback').findOne({ where: { documentId: row.documentId } });
  expect(new Date(fixed.answeredAt).getTime()).toBe(new Date(answered.answeredAt).getTime());
  expect(fixed.settledAt).toBeTruthy();
  const open = await as(office).get('/api/feedbacks?filters[state][$eq]=open&sort=dueAt:asc');
  expect(open.status).toBe(200);
  expect(open.body.data.map((f: { subjectCode: string }) => f.subjectCode)).toEqual(['KP-M01-FEE']);
});

test('events on logged searches become the measures and the unanswered list', async () => {
  const log = (query: string, total: number, userId: number | null = agent.id) => {
    const searchId = newSearchId();
    return logSearch(app.strapi, { searchId, query, locale: 'zh-CN', total, tookMs: 3, topCodes: total ? ['KP-M01-FEE'] : [], userId }).then(() => searchId);
  };
  const event = (body: object, user = agent) => as(user).post('/api/hotline/events', body);
  // 1: typed on the way, then opened and used.
  const s1 = await log('补办', 4);
  const s2 = await log('补办身份证要几多钱', 3);
  expect((await event({ event: 'opened', searchId: s2, searchIds: [s1, s2], msSinceFirstKeystroke: 1800, knowledgePointCode: 'KP-M01-FEE' })).status).toBe(202);
  expect((await event({ event: 'used', searchId: s2, searchIds: [s1, s2], knowledgePointCode: 'KP-M01-FEE' })).status).toBe(202);
  // 2: nothing found twice (traditional and simplified), given up.
  const s3 = await log('公積金點樣買車位？', 0);
  expect((await event({ event: 'abandoned', searchId: s3, searchIds: [s3] })).status).toBe(202);
  const s4 = await log('公积金点样买车位', 0);
  expect((await event({ event: 'abandoned', searchId: s4, searchIds: [s4] })).status).toBe(202);
  // 3: opened after 2.6 s, then ended without using it.
  const s5 = await log('租房提取公积金', 2);
  await event({ event: 'opened', searchId: s5, searchIds: [s5], msSinceFirstKeystroke: 2600, knowledgePointCode: 'KP-M04-RENT' });
  await event({ event: 'abandoned', searchId: s5, searchIds: [s5] });
  // Not this agent's search, and a portal's search with an API token: neither counts.
  expect((await event({ event: 'used', searchId: s5 }, office)).status).toBe(404);
  await log('portal query', 0, null);

  const measures = await as(office).get('/api/hotline/measures?days=7');
  expect(measures.status).toBe(200);
  expect(measures.body.data).toMatchObject({
    searches: 4,
    directAnswerRate: { rate: 0.25, numerator: 1, denominator: 4 },
    zeroResultRate: { rate: 0.5, numerator: 2, denominator: 4 },
    medianMsToOpen: 2200,
    timedOpenings: 2,
  });
  expect(measures.body.data.topFlagged[0]).toMatchObject({ code: 'KP-B1-WHAT', count: 1 });
  expect(measures.body.data.feedback).toMatchObject({ total: 2, open: 1, fixed: 1 });

  const unanswered = await as(office).get('/api/hotline/unanswered?days=30');
  expect(unanswered.status).toBe(200);
  expect(unanswered.body.data[0]).toMatchObject({ query: '公积金点样买车位', count: 2, zeroResults: 2, abandoned: 2 });
  expect(unanswered.body.data.map((q: { query: string }) => q.query)).toEqual(['公积金点样买车位', '租房提取公积金']);
  expect((await as(office).get('/api/hotline/unanswered?days=0')).status).toBe(400);
});

test('events are checked at the edge', async () => {
  expect((await as(agent).post('/api/hotline/events', { searchId: 's_x' })).status).toBe(400);
  expect((await as(agent).post('/api/hotline/events', { event: 'opened', searchId: 's_x', msSinceFirstKeystroke: -1 })).status).toBe(400);
  expect((await as(agent).post('/api/hotline/events', { event: 'opened', searchId: 's_unknown' })).status).toBe(404);
});
