/**
 * The guide lint over the database: the sample content is clean in every locale, and a
 * draft with a vague catch-all material is reported with its place.
 */
import { jargonTerms } from '../../src/domain/jargon-terms';
import { countMessages } from '../../src/domain/publication';
import { lintStoredGuides } from '../../src/publishing/lint-stored-guides';
import { createApiToken, startApp, type TestApp } from '../helpers/app';
import { createDocument, departmentData, matterData } from '../helpers/fixtures';
import { seedQuietly } from '../helpers/seeded';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
  await seedQuietly(app);
});
afterAll(async () => app?.stop());

test('the sample content has no lint errors in any locale', async () => {
  const results = await lintStoredGuides(app.strapi, jargonTerms);
  expect(results.map((r) => r.locale)).toEqual(['zh-CN', 'zh-HK', 'en']);
  for (const { messages } of results) expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
});

test('a draft asking for "其他材料" is an error naming the matter and the material', async () => {
  const token = await createApiToken(app.strapi, 'full-access');
  const departmentId = await createDocument(app, token, 'departments', departmentData('DG-LINT'));
  const vague = {
    ...matterData('M60', departmentId),
    materials: [{ key: 'misc', name: '其他材料', order: 1, necessity: 'required', form: 'original' }],
  };
  await createDocument(app, token, 'matters', vague, '?status=draft');
  const [zhCN] = await lintStoredGuides(app.strapi, jargonTerms, ['zh-CN']);
  const errors = zhCN.messages.filter((m) => m.subject === 'M60' && m.severity === 'error');
  expect(countMessages(errors).errors).toBeGreaterThan(0);
  expect(errors.map((m) => m.reason).join('\n')).toMatch(/其他材料/);
});
