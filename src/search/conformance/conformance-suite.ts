/**
 * The behaviour every SearchEngine adapter must show, as one jest suite: the embedded engine
 * runs it always, Meilisearch when MEILI_HOST is set. Same corpus, same queries, same answers.
 */
import { synonyms } from '../../../scripts/seed/data/synonyms';
import { createAnalyzer } from '../analysis/analyzer';
import { buildAnalysisVocabulary } from '../analysis/vocabulary';
import { InvalidSearchQuery } from '../errors/invalid-search-query';
import type { SearchEngine, SearchQuery, SearchResult } from '../search-engine';
import { FIXTURE_DOCUMENTS, fixtureDoc, NOW } from './fixtures';

export type EngineFactory = () => Promise<SearchEngine>;

const codes = (result: SearchResult) => result.hits.map((hit) => hit.code);

/** Defines the conformance tests for the engine the factory makes (a fresh, empty one per suite). */
export function describeConformance(name: string, makeEngine: EngineFactory): void {
  let engine: SearchEngine;
  const search = (text: string, extra: Partial<SearchQuery> = {}) => engine.search({ text, locale: 'zh-CN', at: NOW, ...extra });

  beforeAll(async () => {
    engine = await makeEngine();
    await engine.open();
    await engine.reindex(FIXTURE_DOCUMENTS);
  });
  afterAll(async () => engine?.close());

  describe(`${name}: finding the answer`, () => {
    test('a knowledge point is found by its own question', async () => {
      expect(codes(await search('租房提取住房公积金的条件是什么'))[0]).toBe('FX-KP-RENT');
    });

    test('filler and Cantonese are ignored: 请问…几多钱啊 finds the fee answer', async () => {
      expect(codes(await search('请问我想问一下补办身份证要几多钱啊'))[0]).toBe('FX-KP-FEE');
    });

    test('colloquial synonyms reach the official wording (红本 → 不动产权证书, 社保咭 → 社会保障卡)', async () => {
      expect(codes(await search('红本过户要多久'))[0]).toBe('FX-KP-TRANSFER');
      expect(codes(await search('社保咭唔见咗点算'))[0]).toBe('FX-KP-SBK');
    });

    test('traditional characters match simplified text, and the zh-HK locale answers in zh-HK', async () => {
      expect(codes(await search('公積金租房提取'))[0]).toBe('FX-KP-RENT');
      const hk = await search('公积金租房提取', { locale: 'zh-HK' });
      expect(codes(hk)[0]).toBe('FX-KP-RENT');
      expect(hk.hits.every((hit) => hit.locale === 'zh-HK')).toBe(true);
      expect(hk.hits[0].title).toBe('租房提取住房公積金的條件是什麼？');
    });

    test('pinyin initials and pinyin words resolve to the terms (sfz, gjj zufang)', async () => {
      expect(codes(await search('sfz buling')).slice(0, 3)).toEqual(expect.arrayContaining(['FX-KP-FEE']));
      expect(codes(await search('gjj zufang'))[0]).toBe('FX-KP-RENT');
    });

    test('the tail or middle of a longer word finds it (简单 in 安装简单, 产权 in 不动产权证书)', async () => {
      expect(codes(await search('简单'))).toContain('FX-KP-APP');
      expect(codes(await search('产权'))).toContain('FX-KP-TRANSFER');
    });

    test('a question match ranks above the same words in raw matter text', async () => {
      const result = await search('身份证收费');
      expect(codes(result)[0]).toBe('FX-KP-FEE');
      expect(codes(result).indexOf('FX-M-ID')).toBeGreaterThan(0);
    });
  });

  describe(`${name}: what a hit carries`, () => {
    test('version, hash, validity, matter link and department come with each hit', async () => {
      const hit = (await search('租房提取住房公积金')).hits[0];
      expect(hit).toEqual(expect.objectContaining({
        code: 'FX-KP-RENT', type: 'knowledgePoint', version: 1, contentHash: 'sha256-FX-KP-RENT-zh-CN',
        effectiveFrom: '2026-01-01T00:00:00+08:00', matterCode: 'FX-M-GJJ', matterName: '住房公积金提取',
        departmentCode: 'DG-GJJ', departmentName: '东莞市住房公积金管理中心', status: 'published', effectStatus: 'inForce', active: true,
      }));
    });

    test('matched terms are wrapped in <mark> and everything else is HTML-escaped', async () => {
      const hit = (await search('身份证工本费')).hits.find((h) => h.code === 'FX-KP-FEE');
      expect(hit?.titleHtml).toMatch(/<mark>[^<]*身份证<\/mark>/);
      expect(hit?.snippetHtml).toContain('<mark>');
      expect(hit?.snippetHtml).not.toContain('<script>');
      expect(hit?.snippetHtml).toContain('&lt;script&gt;');
    });

    test('facet counts cover every match by department, kind and type', async () => {
      const result = await search('身份证', { limit: 1 });
      const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
      expect(result.total).toBeGreaterThan(1);
      expect(sum(result.facets.type)).toBe(result.total);
      expect(sum(result.facets.department)).toBe(result.total);
      expect(result.facets.type.knowledgePoint).toBeGreaterThan(0);
      expect(result.facets.department['DG-GA']).toBeGreaterThan(0);
      expect(typeof result.tookMs).toBe('number');
    });
  });

  describe(`${name}: validity, filters, paging`, () => {
    test('an expired or revoked document is left out unless asked for, and flagged when asked', async () => {
      expect(codes(await search('身份证工本费临时减免政策'))).not.toContain('FX-KP-OLDPOLICY');
      expect(codes(await search('暂住证'))).not.toContain('FX-M-OLD');
      const all = await search('身份证工本费临时减免政策', { includeInactive: true });
      expect(all.hits.find((h) => h.code === 'FX-KP-OLDPOLICY')).toEqual(expect.objectContaining({ effectStatus: 'expired', active: false }));
      expect(codes(await search('暂住证', { includeInactive: true }))).toContain('FX-M-OLD');
    });

    test('a document not yet in force is not returned before its date', async () => {
      expect(codes(await search('公积金提取新规'))).not.toContain('FX-KP-NEWPOLICY');
      expect(codes(await search('公积金提取新规', { at: '2099-06-01T00:00:00+08:00' }))).toContain('FX-KP-NEWPOLICY');
    });

    test('filters combine with AND across fields and OR within one', async () => {
      const matters = await search('身份证', { filters: { type: ['matter'] } });
      expect(matters.hits.map((h) => h.type)).toEqual(['matter']);
      const gjj = await search('公积金', { filters: { departmentCode: ['DG-GJJ', 'DG-ZRZY'] } });
      expect(gjj.hits.length).toBeGreaterThan(0);
      expect(gjj.hits.every((h) => ['DG-GJJ', 'DG-ZRZY'].includes(h.departmentCode))).toBe(true);
      const both = await search('身份证', { filters: { type: ['knowledgePoint'], matterCode: ['FX-M-ID'], kind: ['办事指南'] } });
      expect(codes(both).sort()).toEqual(['FX-KP-FEE', 'FX-KP-WHERE']);
    });

    test('offset and limit page through the same ranking', async () => {
      const first = await search('身份证', { limit: 2 });
      const second = await search('身份证', { limit: 1, offset: 1 });
      expect(second.hits[0].id).toBe(first.hits[1].id);
    });

    test('two versions of one knowledge point come back as one hit', async () => {
      const result = await search('公积金账户封存解封');
      expect(codes(result).filter((code) => code === 'FX-KP-VERSION')).toHaveLength(1);
    });

    test('a request out of bounds is refused with the field path', async () => {
      await expect(search('身份证', { limit: 0 })).rejects.toBeInstanceOf(InvalidSearchQuery);
      await expect(search('身份证', { limit: 0 })).rejects.toThrow(/limit/);
    });
  });

  describe(`${name}: keeping the index current`, () => {
    test('upsert replaces a document by id and delete removes it', async () => {
      const doc = fixtureDoc({ code: 'FX-KP-TEMP', title: '临时居民身份证有效期多久？', body: '临时居民身份证有效期三个月。', departmentCode: 'DG-GA' });
      await engine.upsert([doc]);
      expect(codes(await search('临时居民身份证有效期'))[0]).toBe('FX-KP-TEMP');
      await engine.upsert([{ ...doc, title: '临时居民身份证可以用多久？', version: 2 }]);
      const updated = (await search('临时居民身份证有效期')).hits.find((h) => h.code === 'FX-KP-TEMP');
      expect(updated?.version).toBe(2);
      await engine.delete([doc.id]);
      expect(codes(await search('临时居民身份证有效期'))).not.toContain('FX-KP-TEMP');
    });

    test('reindex swaps in exactly the new set', async () => {
      const fresh = FIXTURE_DOCUMENTS.filter((doc) => doc.code !== 'FX-KP-APP');
      await engine.reindex(fresh);
      expect(codes(await search('莞家政务小程序安装'))).not.toContain('FX-KP-APP');
      const stats = await engine.stats();
      expect(stats.documents).toBe(fresh.length);
      expect(stats.byLocale['zh-HK']).toBe(1);
      await engine.reindex(FIXTURE_DOCUMENTS);
      expect(codes(await search('莞家政务小程序安装'))).toContain('FX-KP-APP');
    });

    test('a synonym added to the list works after a reindex with the new analyzer', async () => {
      const added = [...synonyms, { canonical: '社会保障卡', variants: ['民生通'], category: '社会保险' as const }];
      expect(codes(await search('民生通'))).not.toContain('FX-KP-SBK');
      await engine.reindex(FIXTURE_DOCUMENTS, { analyzer: createAnalyzer(buildAnalysisVocabulary({ synonyms: added, documents: FIXTURE_DOCUMENTS })) });
      expect(codes(await search('民生通'))[0]).toBe('FX-KP-SBK');
    });
  });
}
