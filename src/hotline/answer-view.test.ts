import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText, presentHotline, presentWeb, projectionText, type Publication } from '../domain/publication';
import { composeAnswer, servedStatus, type Served } from './answer-view';
import { SMS_MAX_CHARS } from './sms-text';

const GOLDEN = join(__dirname, '..', 'domain', 'publication', '__fixtures__', 'golden', 'zh-CN');
const NOW = new Date('2026-03-10T08:00:00Z');

function publication(file: string): Publication {
  return JSON.parse(readFileSync(join(GOLDEN, file), 'utf8')) as Publication;
}

function served(file: string, type: Served['type'], extra: Partial<Served> = {}): Served {
  const pub = publication(file);
  return {
    type, code: pub.code, locale: pub.locale, version: 1, contentHash: pub.contentHash, revoked: false,
    effectiveFrom: new Date('2026-01-01T00:00:00+08:00'), effectiveTo: null, publication: pub, projection: presentHotline(pub), ...extra,
  };
}

const bundles = ['B1', 'B2', 'B3'].map((code) => served(`bundles/${code}.publication.json`, 'bundle'));
const m01 = served('M01.publication.json', 'matter');

test("a knowledge point's copy text is its 口径, line for line, in the words the web shows", () => {
  const point = served('knowledge-points/KP-M01-FEE.publication.json', 'knowledgePoint');
  const view = composeAnswer({ subject: point, matter: m01, bundles, now: NOW });
  expect(view.copyText.split('\n')[0]).toBe('居民身份证工本费按国家标准收取，除工本费外不收取其他费用：');
  expect(view.copyText).toContain('\n1) 有效期满换领：每证20元；');
  const withoutNumbers = view.copyText.split('\n').map((line) => line.replace(/^\d+[.)] /, '')).join('\n');
  const web = projectionText(presentWeb(point.publication as Publication)).get('answer');
  expect(normalizeText(withoutNumbers)).toBe(web?.[0]);
  expect(view.plainText).toBe('到期换证20元，坏了换或丢了补40元，临时身份证10元；低保户到期换证免费。');
  expect(view.subject).toMatchObject({ code: 'KP-M01-FEE', version: 1, status: 'inForce', shortHash: point.contentHash?.slice(0, 8) });
});

test("the matter's materials, fees, time limits, places and online link come with the answer", () => {
  const point = served('knowledge-points/KP-M01-FEE.publication.json', 'knowledgePoint');
  const view = composeAnswer({ subject: point, matter: m01, bundles, now: NOW });
  expect(view.matter?.sections.map((s) => s.id)).toEqual(['materials', 'fees', 'time-limits', 'locations', 'handling']);
  expect(view.matter?.onlineUrl).toBe('https://www.gdzwfw.gov.cn/portal/v2/guide/1144190000719412703000107012000');
  expect(view.sms.startsWith('【东莞12345】到期换证20元')).toBe(true);
  expect(view.sms.endsWith(view.matter?.onlineUrl as string)).toBe(true);
  expect([...view.sms].length).toBeLessThanOrEqual(SMS_MAX_CHARS);
});

test('the bundle (一件事) a matter belongs to is named', () => {
  const point = served('knowledge-points/KP-M07-TIME.publication.json', 'knowledgePoint');
  const m07 = served('M07.publication.json', 'matter');
  const view = composeAnswer({ subject: point, matter: m07, bundles, now: NOW });
  expect(view.bundles.map((b) => b.code)).toEqual(['B1']);
  expect(view.bundles[0].name).toContain('出生');
});

test("a bundle's knowledge point links to the bundle and its online guide", () => {
  const point = served('knowledge-points/KP-B1-WHAT.publication.json', 'knowledgePoint');
  const view = composeAnswer({ subject: point, matter: null, bundles, now: NOW });
  expect(view.matter).toBeNull();
  expect(view.bundles.map((b) => b.code)).toEqual(['B1']);
  expect(view.sms).toContain('https://www.gdzwfw.gov.cn/portal/v2/theme/xinshengerchusheng');
});

test('a matter opened directly copies its whole script', () => {
  const view = composeAnswer({ subject: m01, bundles, now: NOW });
  expect(view.copyText.startsWith('【基本信息】\n居民身份证换领、补领')).toBe(true);
  expect(view.matter).toBeNull();
});

test('validity at the time of the call: not yet in force, expired, revoked', () => {
  const base = { revoked: false, effectiveFrom: new Date('2026-01-01T00:00:00Z'), effectiveTo: null };
  expect(servedStatus(base, NOW)).toBe('inForce');
  expect(servedStatus({ ...base, effectiveFrom: new Date('2026-04-01T00:00:00Z') }, NOW)).toBe('notYetInForce');
  expect(servedStatus({ ...base, effectiveTo: NOW }, NOW)).toBe('expired');
  expect(servedStatus({ ...base, revoked: true }, NOW)).toBe('revoked');
});
