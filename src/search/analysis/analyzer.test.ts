import { synonyms } from '../../../scripts/seed/data/synonyms';
import { createAnalyzer } from './analyzer';
import { MAX_GRAMS, MAX_TERMS } from './query-terms';
import { buildAnalysisVocabulary } from './vocabulary';

const analyzer = createAnalyzer(buildAnalysisVocabulary({
  synonyms,
  documents: [
    { id: 'x', type: 'knowledgePoint', documentId: 'x', code: 'KP-X', locale: 'zh-CN', title: '租房提取住房公积金的条件', questions: ['补领身份证要多久'],
      keywords: ['租房提取'], body: '', departmentCode: 'D', departmentName: 'D', kind: '办事指南', version: 1, contentHash: 'h',
      effectiveFrom: '2026-01-01T00:00:00Z', status: 'published' },
  ],
}));
const terms = (text: string, locale = 'zh-CN') => analyzer.query(text, locale).terms.map((t) => t.term);

describe('normalization', () => {
  test('traditional becomes simplified, full-width becomes half-width, Latin lower case', () => {
    expect(analyzer.normalize('公積金 ＳＦＺ 個體戶')).toBe('公积金 sfz 个体户');
  });

  test('Cantonese function words become Mandarin', () => {
    expect(analyzer.normalize('补办身份证要几多钱，喺边度办')).toBe('补办身份证要多少钱,在哪里办');
  });
});

describe('query analysis', () => {
  test('filler and particles are dropped (请问, 我想问一下, 咋, 啊)', () => {
    expect(analyzer.query('请问我想问一下身份证咋办啊', 'zh-CN').words).toEqual(['身份证', '办']);
  });

  test('a colloquial term brings its official term (红本 → 不动产权证书)', () => {
    expect(terms('红本过户')).toEqual(expect.arrayContaining(['红本', '不动产权证书', '过户', '不动产转移登记']));
  });

  test('pinyin initials and pinyin words resolve to Han words (sfz, gjj zufang)', () => {
    expect(analyzer.query('sfz', 'zh-CN').words).toEqual(['身份证']);
    expect(analyzer.query('gjj zufang', 'zh-CN').words).toEqual(['公积金', '租房']);
    expect(analyzer.query('gjjzufang', 'zh-CN').words).toEqual(['公积金', '租房']);
  });

  test('pinyin is not applied to English queries', () => {
    expect(analyzer.query('rent', 'en').words).toEqual(['rent']);
  });

  test('expansion stays bounded however long the question', () => {
    const long = '身份证公积金社保卡户口本营业执照个体户残疾证出生证红本过户低保医保农保失业金'.repeat(3);
    const analysed = analyzer.query(long, 'zh-CN');
    expect(analysed.terms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(analysed.grams.length).toBeLessThanOrEqual(MAX_GRAMS);
  });

  test('the same text always gives the same terms', () => {
    expect(analyzer.query('公積金租房提取要几耐', 'zh-CN')).toEqual(analyzer.query('公積金租房提取要几耐', 'zh-CN'));
  });
});

describe('document analysis', () => {
  test('a word is indexed with the dictionary words inside it, so its tail and middle match', () => {
    expect(analyzer.analyse('不动产权证书').words).toEqual(expect.arrayContaining(['不动产权证书', '产权', '证书']));
  });

  test('colloquial words in a text add their official terms as aliases', () => {
    expect(analyzer.analyse('身份证丢了怎么补').aliases).toEqual(expect.arrayContaining(['居民身份证', '丢失']));
  });

  test('long words give bigrams for tail recall; stop words are not indexed', () => {
    const terms = analyzer.analyse('莞家政务小程序安装简单吗');
    expect(terms.words).not.toContain('吗');
    expect(terms.grams.length).toBeGreaterThan(0);
  });

  test('the fingerprint changes with the synonym list', () => {
    const other = createAnalyzer(buildAnalysisVocabulary({ synonyms: synonyms.slice(1) }));
    expect(other.fingerprint).not.toBe(analyzer.fingerprint);
  });
});
