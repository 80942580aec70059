/**
 * The hotline console in Debian's Chromium, against the app with the sample content: an agent
 * signs in, types what a caller said, opens the right answer, copies it and flags it as
 * outdated; the flag reaches the matter's 编辑 and the office's report; an anonymous visitor
 * gets nothing. Screenshots and the measured keystroke → results times go to test-results/.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { buildHotline } from '../../scripts/build-hotline';
import { getState } from '../../src/channels/channel-state-store';
import { normalizeText, projectionText, type WebPayload } from '../../src/domain/publication';
import type { TestApp } from '../helpers/app';
import { createAdminUser, createUser, startHotlineApp, type HotlineUser } from './hotline-app';

type Timing = { query: string; keystrokeToResultsMs: number; requestMs: number; results: number };
type Timed = { __hotlineTimings?: Timing[] };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) console.warn(`hotline browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
const describeWithBrowser = haveBrowser ? describe : describe.skip;

/** What agents ask, in their callers' words, and the knowledge point that answers it. */
const CALLS = [
  ['身份证丢咗点补办', 'KP-M01-LOST'],
  ['租房可以提公积金吗', 'KP-M04-RENT'],
  ['开个体户要咩资料', 'KP-M02-MAT'],
  ['二手房过户几耐拎证', 'KP-M06-TIME'],
  ['残疾证点办', 'KP-M08-HOW'],
  ['老人过身后公积金点取', 'KP-M04-HEIR'],
] as const;

describeWithBrowser('hotline console in Chromium', () => {
  let app: TestApp;
  let agent: HotlineUser;
  let office: HotlineUser;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    await buildHotline();
    app = await startHotlineApp();
    agent = await createUser(app, 'hotline-agent', 'agent-zhang');
    office = await createUser(app, 'hotline-office', 'office-he');
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await mkdir(RESULTS, { recursive: true });
    profile = await mkdtemp(path.join(os.tmpdir(), 'hotline-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    await app?.stop();
  });

  const shot = (name: string) => page.screenshot({ path: path.join(RESULTS, `hotline-${name}.png`) });

  async function signIn(user: HotlineUser, at = '/hotline') {
    await page.goto(`${base}${at}`);
    await page.getByLabel(/用户名|用戶名/).fill(user.username);
    await page.getByLabel(/^密码|^密碼/).fill(user.password);
    await page.getByRole('button', { name: /^登录$|^登入$/ }).click();
  }

  /** Types like an agent, key by key, and waits for the results of the whole question. */
  async function ask(question: string) {
    const box = page.locator('#q');
    await box.fill('');
    await box.pressSequentially(question, { delay: 40 });
    await page.waitForFunction((q) => ((window as Timed).__hotlineTimings ?? []).some((t) => t.query === q), question);
    return page.evaluate((q) => ((window as Timed).__hotlineTimings ?? []).filter((t) => t.query === q).at(-1), question);
  }

  test('an anonymous visitor gets the sign-in form and no data', async () => {
    const response = await page.goto(`${base}/hotline`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['cache-control']).toBe('no-store');
    expect((await request(app.server).get('/hotline/report')).status).toBe(200);
    await expect(page.getByRole('button', { name: '登录' }).isVisible()).resolves.toBe(true);
    expect(await page.locator('#q').count()).toBe(0);
    const answers = await page.evaluate(async () => {
      const paths = ['/api/search?q=%E8%BA%AB%E4%BB%BD%E8%AF%81', '/api/hotline/answers/knowledgePoint/KP-M01-FEE', '/api/hotline/session', '/api/hotline/measures'];
      return Promise.all(paths.map(async (p) => (await fetch(p)).status));
    });
    for (const status of answers) expect([401, 403]).toContain(status);
    await shot('sign-in');
  });

  test('an agent asks, opens the right answer, copies it and flags it as outdated', async () => {
    await signIn(agent);
    await page.locator('#q').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');

    const timing = await ask('补办身份证要几多钱');
    expect(timing?.results).toBeGreaterThan(0);
    const codes = await page.locator('.result').evaluateAll((items) => items.map((item) => item.getAttribute('data-code')));
    const position = codes.indexOf('KP-M01-FEE');
    expect(position).toBeGreaterThanOrEqual(0);
    expect(position).toBeLessThan(3);
    const first = page.locator('.result').nth(position);
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.plain').textContent()).toContain('到期换证20元');
    expect(await first.locator('.hash').textContent()).toMatch(/#[0-9a-f]{8}/);

    for (let i = 0; i < position; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const answer = page.locator('article.answer[data-code="KP-M01-FEE"]');
    await answer.waitFor();
    await answer.locator('.matter-details [data-section="materials"]').waitFor();
    expect(await answer.locator('.matter-details h3').allTextContents()).toEqual(['申请材料', '收费标准', '办理时限', '办理地点', '办理方式']);
    expect(await answer.locator('.online-link a').getAttribute('href')).toMatch(/^https:\/\/www\.gdzwfw\.gov\.cn\//);
    await shot('console');

    // The words on screen are the web channel's and the window channel's, by the same hash.
    const shownHash = await answer.locator('header .hash').getAttribute('data-hash');
    const shown = normalizeText((await answer.locator('#official-answer .seg[data-element="answer"]').allTextContents()).join('\n'));
    for (const channel of ['web', 'window'] as const) {
      const state = await getState(app.strapi, channel, 'knowledgePoint:KP-M01-FEE:zh-CN');
      expect(state?.contentHash).toBe(shownHash);
      expect(projectionText((state?.payload as { projection: WebPayload }).projection).get('answer')).toEqual([shown]);
    }
    const web = await request(app.server).get('/api/knowledge/KP-M01-FEE?format=web').set('Authorization', `Bearer ${agent.jwt}`);
    expect(web.body.data.contentHash).toBe(shownHash);

    await page.keyboard.press('a');
    await answer.locator('[data-action="answered"][aria-pressed="true"]').waitFor();
    await page.keyboard.press('c');
    await answer.locator('[data-action="copy"]', { hasText: '已复制' }).waitFor();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard.split('\n')[0]).toBe('居民身份证工本费按国家标准收取，除工本费外不收取其他费用：');
    expect(normalizeText(clipboard.split('\n').map((l) => l.replace(/^\d+[.)] /, '')).join('\n'))).toBe(shown);

    await page.keyboard.press('s');
    const sms = await answer.locator('.sms-text').textContent();
    expect([...(sms ?? '')].length).toBeLessThanOrEqual(134);
    expect(sms).toMatch(/^【东莞12345】.*详见：https:\/\//u);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sms);

    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('内容过时').check();
    await dialog.getByLabel(/说明/).fill('工本费标准已调整，请核对最新收费文件');
    expect(await dialog.getByLabel('来电人的原话').inputValue()).toBe('补办身份证要几多钱');
    await shot('feedback');
    await dialog.getByRole('button', { name: '提交' }).click();
    await page.getByRole('status').filter({ hasText: '已转交 陈嘉欣' }).waitFor();
  });

  test('the flag is in the owner’s worklist in the admin, and in the office’s report', async () => {
    const adminToken = await createAdminUser(app, 'strapi-editor', 'owner.chen@dg.example');
    const worklist = await request(app.server).get('/content-manager/collection-types/api::feedback.feedback?sort=dueAt:ASC').set('Authorization', `Bearer ${adminToken}`);
    expect(worklist.status).toBe(200);
    expect(worklist.body.results[0]).toMatchObject({ subjectCode: 'KP-M01-FEE', category: 'outdated', state: 'open', ownerName: '陈嘉欣', ownerRole: 'editor', callerQuestion: '补办身份证要几多钱' });

    // A question the knowledge base cannot answer, given up on: it joins the unanswered list.
    const none = await ask('台风停课');
    expect(none?.results).toBe(0);
    await page.locator('.empty').waitFor();
    await page.getByRole('button', { name: '下一通来电' }).click();
    await page.waitForTimeout(300);

    await page.getByRole('button', { name: '退出' }).click();
    await signIn(office, '/hotline/report');
    await page.locator('.cards').waitFor();
    await page.locator('table.open-feedback td', { hasText: 'KP-M01-FEE' }).waitFor();
    expect(await page.locator('table.unanswered').textContent()).toContain('台风停课');
    expect(await page.locator('[data-measure="directAnswerRate"] b').textContent()).toBe('50.0%');
    await shot('report');
  });

  test('the page switches to 繁體, and content can be searched in zh-HK', async () => {
    await page.goto(`${base}/hotline`);
    await page.getByRole('button', { name: '繁' }).click();
    expect(await page.locator('#q').getAttribute('placeholder')).toContain('補辦身份證');
    await page.locator('select[name="locale"]').selectOption('zh-HK');
    await ask('補辦身份證要幾多錢');
    expect(await page.locator('.result').first().getAttribute('data-code')).toBe('KP-M01-FEE');
    expect(await page.locator('.result').first().textContent()).toContain('身份證');
    await shot('zh-hk');
    await page.getByRole('button', { name: '简' }).click();
    await page.locator('select[name="locale"]').selectOption('zh-CN');
  });

  test('keystroke to results on screen, measured on the sample content', async () => {
    const timings: (Timing | undefined)[] = [];
    for (const [question, code] of CALLS) {
      const timing = await ask(question);
      const top = await page.locator('.result').evaluateAll((items) => items.slice(0, 3).map((item) => item.getAttribute('data-code')));
      expect(top).toContain(code);
      timings.push(timing);
    }
    const sorted = timings.map((t) => t?.keystrokeToResultsMs ?? Number.NaN).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const requestMedian = timings.map((t) => t?.requestMs ?? Number.NaN).sort((a, b) => a - b)[Math.floor(sorted.length / 2)];
    await writeFile(path.join(RESULTS, 'hotline-timings.json'), `${JSON.stringify({ debounceMs: 120, medianKeystrokeToResultsMs: median, medianRequestToRenderMs: requestMedian, maxKeystrokeToResultsMs: sorted.at(-1), timings }, null, 2)}\n`);
    console.log(`hotline console: keystroke → results on screen, median ${median} ms (max ${sorted.at(-1)} ms, ${DEBOUNCE_NOTE}); request → render median ${requestMedian} ms`);
    expect(median).toBeLessThan(1000);
  });
});

const DEBOUNCE_NOTE = 'includes the 120 ms debounce';
