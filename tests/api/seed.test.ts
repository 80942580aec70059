/**
 * The sample content loads with the promised counts, and a second run changes nothing:
 * no document, no component, no file.
 */
import { startApp, type TestApp } from '../helpers/app';
import { seedQuietly } from '../helpers/seeded';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.stop());

const SECTION_5_CODES = [
  'KP-M01-FEE', 'KP-M01-TIME', 'KP-M01-MAT', 'KP-M01-REMOTE', 'KP-M01-VALID', 'KP-M01-WHERE', 'KP-M02-MAT', 'KP-M02-PREP',
  'KP-M02-ONLINE', 'KP-M03-ROUTE', 'KP-M03-KEEP', 'KP-M04-COND', 'KP-M04-RENT', 'KP-M04-LOAN', 'KP-M04-QUIT', 'KP-M04-HEIR',
  'KP-M04-TIME', 'KP-M05-COND', 'KP-M05-HUKOU', 'KP-M05-AGE', 'KP-M06-FEE', 'KP-M06-TIME', 'KP-M07-TIME', 'KP-M08-HOW',
  'KP-M08-SUBSIDY', 'KP-B1-WHAT', 'KP-B1-CERT', 'KP-B2-WHAT', 'KP-B3-WHAT', 'KP-POL-RONGQUE', 'KP-POL-COMMIT',
];

async function published(uid: string, locale: string): Promise<Record<string, unknown>[]> {
  return app.strapi.documents(uid as never).findMany({ locale, status: 'published', limit: 1000 } as never) as Promise<Record<string, unknown>[]>;
}

async function snapshot(): Promise<Record<string, { rows: number; lastUpdate: string | null }>> {
  const out: Record<string, { rows: number; lastUpdate: string | null }> = {};
  const tables = ['api::matter.matter', 'api::knowledge-point.knowledge-point', 'api::bundle.bundle', 'api::department.department',
    'api::service-location.service-location', 'api::synonym.synonym', 'plugin::upload.file'];
  for (const uid of tables) {
    const rows = await app.strapi.db.query(uid as never).findMany({ select: ['updatedAt'], orderBy: { updatedAt: 'desc' } });
    const first = rows[0] as { updatedAt?: Date | string } | undefined;
    out[uid] = { rows: rows.length, lastUpdate: first?.updatedAt ? new Date(first.updatedAt).toISOString() : null };
  }
  return out;
}

describe('seeding an empty database', () => {
  let lines: string[];
  beforeAll(async () => {
    ({ lines } = await seedQuietly(app));
  });

  test('publishes the eight matters in zh-CN and zh-HK, and M01 and M02 in English', async () => {
    const codes = async (locale: string) => (await published('api::matter.matter', locale)).map((m) => m.code).sort();
    expect(await codes('zh-CN')).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08']);
    expect(await codes('zh-HK')).toEqual(['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08']);
    expect(await codes('en')).toEqual(['M01', 'M02']);
  });

  test('publishes the three bundles', async () => {
    expect((await published('api::bundle.bundle', 'zh-CN')).map((b) => b.code).sort()).toEqual(['B1', 'B2', 'B3']);
  });

  test('publishes at least 60 knowledge points, every id of the seed list among them, each with 3+ similar questions', async () => {
    const points = await published('api::knowledge-point.knowledge-point', 'zh-CN');
    expect(points.length).toBeGreaterThanOrEqual(60);
    expect(points.map((p) => p.code)).toEqual(expect.arrayContaining(SECTION_5_CODES));
    expect(points.filter((p) => (p.similarQuestions as string[]).length < 3).map((p) => p.code)).toEqual([]);
    const hk = await published('api::knowledge-point.knowledge-point', 'zh-HK');
    expect(hk.length).toBe(points.length);
    const en = (await published('api::knowledge-point.knowledge-point', 'en')).map((p) => String(p.code));
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((code) => /^KP-M0[12]-/.test(code))).toBe(true);
  });

  test('loads the departments, the citizen service centre and at least three town halls, and the synonym list', async () => {
    expect((await published('api::department.department', 'zh-CN')).length).toBeGreaterThanOrEqual(9);
    const locations = await published('api::service-location.service-location', 'zh-CN');
    expect(locations.map((l) => l.name)).toContain('东莞市民服务中心');
    expect(new Set(locations.filter((l) => l.kind === 'townCentre').map((l) => l.town)).size).toBeGreaterThanOrEqual(3);
    const synonyms = await app.strapi.db.query('api::synonym.synonym').findMany({});
    expect(synonyms.length).toBeGreaterThanOrEqual(60);
    expect(synonyms.find((s: { canonical: string }) => s.canonical === '住房公积金')?.variants).toEqual(expect.arrayContaining(['公积金', 'gjj']));
  });

  test('shows its progress per type and locale', () => {
    expect(lines.some((line) => /matter\s+zh-CN\s+8: 8 created/.test(line))).toBe(true);
    expect(lines.some((line) => /knowledge-point\s+zh-HK/.test(line))).toBe(true);
  });

  test('a second run changes nothing', async () => {
    const before = await snapshot();
    const { report } = await seedQuietly(app);
    expect(report.formsUploaded).toBe(0);
    expect(report.tallies.filter((t) => t.created + t.updated > 0)).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});
