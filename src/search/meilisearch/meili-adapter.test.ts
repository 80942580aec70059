/** The pure parts of the Meilisearch adapter, checked without a server. */
import { fixtureAnalyzer, FIXTURE_DOCUMENTS } from '../conformance/fixtures';
import { checkQuery } from '../validate-query';
import { fromMeiliHit, toMeiliDocument } from './meili-documents';
import { buildMeiliFilter, buildMeiliSearch, meiliQueryText, quoteFilterValue } from './meili-query';
import { meiliSettings, meiliSynonyms, RANKING_RULES } from './meili-settings';

const analyzer = fixtureAnalyzer();
const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('index settings', () => {
  const settings = meiliSettings(analyzer);

  test('search our analysed fields, question and title first', () => {
    expect(settings.searchableAttributes?.slice(0, 2)).toEqual(['searchTitle', 'searchQuestions']);
    expect(settings.displayedAttributes).not.toContain('searchBody');
  });

  test('filters, facets, distinct and a knowledge-point-first rule after the attribute rule', () => {
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['locale', 'type', 'departmentCode', 'kind', 'status', 'effectiveFromTs', 'effectiveToTs']));
    expect(settings.distinctAttribute).toBe('distinctKey');
    expect(RANKING_RULES.indexOf('typeRank:asc')).toBe(RANKING_RULES.indexOf('attribute') + 1);
  });

  test('synonyms map each variant (analysed) to its official term, one way', () => {
    const synonyms = meiliSynonyms(analyzer);
    expect(synonyms['公积金']).toEqual(['住房公积金']);
    expect(synonyms['红本']).toEqual(['不动产权证书']);
    expect(synonyms['住房公积金']).toBeUndefined();
  });

  test('the domain dictionary and stop words come from the analyzer', () => {
    expect(settings.dictionary).toContain('不动产权证书');
    expect(settings.stopWords).toContain('的');
  });
});

describe('documents', () => {
  test('carry display fields unchanged and our analysis in search* fields', () => {
    const doc = FIXTURE_DOCUMENTS.find((d) => d.locale === 'zh-HK') ?? FIXTURE_DOCUMENTS[0];
    const mapped = toMeiliDocument(doc, analyzer);
    expect(mapped.title).toBe(doc.title);
    expect(mapped.searchTitle).toContain('公积金');
    expect(mapped.searchTitle).not.toMatch(/[積條麼]/);
    expect(mapped.effectiveFromTs).toBe(Date.parse(doc.effectiveFrom));
    expect(mapped.effectiveToTs).toBeNull();
    expect(mapped.distinctKey).toBe('knowledgePoint:FX-KP-RENT:zh-HK');
    expect(fromMeiliHit({ ...mapped, _rankingScore: 0.9 })).toEqual(doc);
  });
});

describe('filters and queries', () => {
  test('locale and validity at the search time, then the filters', () => {
    const query = checkQuery({ text: 'x', locale: 'zh-CN', at: new Date(NOW).toISOString(), filters: { type: ['knowledgePoint'], departmentCode: ['DG-GA', 'DG-SB'] } });
    expect(buildMeiliFilter(query)).toBe(
      `locale = "zh-CN" AND status = "published" AND effectiveFromTs <= ${NOW} AND (effectiveToTs IS NULL OR effectiveToTs > ${NOW})` +
        ' AND type IN ["knowledgePoint"] AND departmentCode IN ["DG-GA", "DG-SB"]',
    );
  });

  test('inactive documents asked for: no validity clause', () => {
    expect(buildMeiliFilter(checkQuery({ text: 'x', locale: 'zh-HK', includeInactive: true }))).toBe('locale = "zh-HK"');
  });

  test('filter values are quoted and escaped', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });

  test('the query is the caller\'s words, then official terms, at most 10 words', () => {
    expect(meiliQueryText(analyzer.query('红本过户要多久', 'zh-CN')).split(' ').slice(0, 3)).toEqual(['红本', '过户', '多久']);
    expect(meiliQueryText(analyzer.query('身份证 公积金 社保卡 户口本 执照 个体户 残疾证 出生证 红本 过户 低保 医保', 'zh-CN')).split(' ')).toHaveLength(10);
  });

  test('an empty query lists knowledge points first, by code', () => {
    const { q, params } = buildMeiliSearch(analyzer.query('请问', 'zh-CN'), checkQuery({ text: '请问', locale: 'zh-CN' }));
    expect(q).toBe('');
    expect(params.sort).toEqual(['typeRank:asc', 'code:asc']);
    expect(params.facets).toEqual(['departmentCode', 'kind', 'type']);
  });
});
