/**
 * A small corpus both engines must treat alike: knowledge points, matters and a bundle from
 * three departments, an expired, a not-yet-valid and a revoked document, one traditional-
 * character (zh-HK) document, two versions of one knowledge point, and an answer carrying
 * markup that must come back escaped.
 */
import { synonyms } from '../../../scripts/seed/data/synonyms';
import { createAnalyzer, type Analyzer } from '../analysis/analyzer';
import { buildAnalysisVocabulary } from '../analysis/vocabulary';
import { searchDocumentId, type SearchDocument } from '../search-document';

/** The instant the suite searches at. */
export const NOW = '2026-06-01T00:00:00+08:00';

const DEPARTMENTS: Record<string, string> = {
  'DG-GA': '东莞市公安局', 'DG-GJJ': '东莞市住房公积金管理中心', 'DG-ZRZY': '东莞市自然资源局', 'DG-SB': '东莞市社会保障局',
};

type Draft = Partial<SearchDocument> & Pick<SearchDocument, 'code' | 'title' | 'departmentCode'>;

/** A search document with the defaults of a published zh-CN knowledge point. */
export function fixtureDoc(draft: Draft): SearchDocument {
  const type = draft.type ?? 'knowledgePoint';
  const locale = draft.locale ?? 'zh-CN';
  const documentId = draft.documentId ?? `doc-${draft.code}`;
  return {
    id: searchDocumentId(type, documentId, locale),
    type, documentId, locale,
    questions: [], keywords: [], body: '',
    departmentName: DEPARTMENTS[draft.departmentCode] ?? draft.departmentCode,
    kind: '办事指南', version: 1, contentHash: `sha256-${draft.code}-${locale}`,
    effectiveFrom: '2026-01-01T00:00:00+08:00', status: 'published',
    ...draft,
  };
}

const ID_MATTER = { matterCode: 'FX-M-ID', matterName: '居民身份证换领、补领', matterDocumentId: 'doc-FX-M-ID' };
const GJJ_MATTER = { matterCode: 'FX-M-GJJ', matterName: '住房公积金提取', matterDocumentId: 'doc-FX-M-GJJ' };

export const FIXTURE_DOCUMENTS: SearchDocument[] = [
  fixtureDoc({ code: 'FX-KP-FEE', title: '补领居民身份证收费多少？', questions: ['身份证丢了补办要交多少钱'], keywords: ['身份证工本费', '补领收费'],
    body: '丢失补领居民身份证每证40元，到期换领每证20元。<script>alert(1)</script> 领取最低生活保障金的居民免收工本费。', departmentCode: 'DG-GA', ...ID_MATTER }),
  fixtureDoc({ code: 'FX-KP-WHERE', title: '在哪里可以补领居民身份证？', questions: ['身份证在哪个窗口办'], keywords: ['办理地点', '户政窗口'],
    body: '可以到东莞市民服务中心或各镇街户政窗口办理，建议先在莞家政务预约。', departmentCode: 'DG-GA', ...ID_MATTER }),
  fixtureDoc({ code: 'FX-KP-RENT', title: '租房提取住房公积金的条件是什么？', questions: ['交租可以用公积金吗'], keywords: ['租房提取'],
    body: '在东莞无自有住房且租房自住的职工，每年可以提取一次住房公积金，额度按实际房租核定。', departmentCode: 'DG-GJJ', ...GJJ_MATTER }),
  fixtureDoc({ code: 'FX-KP-LOAN', title: '怎样用住房公积金偿还购房贷款？', keywords: ['公积金还贷'],
    body: '职工及配偶可以每年提取一次住房公积金偿还购房贷款本息。', departmentCode: 'DG-GJJ', ...GJJ_MATTER }),
  fixtureDoc({ code: 'FX-KP-TRANSFER', title: '二手房过户后多久拿到不动产权证书？', questions: ['买二手房过名要等几天'], keywords: ['不动产权证书', '办结时限'],
    body: '资料齐全的，不动产转移登记在5个工作日内办结并发放不动产权证书。', departmentCode: 'DG-ZRZY', matterCode: 'FX-M-BDC', matterName: '不动产转移登记' }),
  fixtureDoc({ code: 'FX-KP-APP', title: '莞家政务小程序安装简单吗？', body: '在微信里搜索莞家政务即可使用，不需要另外下载。', kind: '日常咨询', departmentCode: 'DG-GA' }),
  fixtureDoc({ code: 'FX-KP-SBK', title: '社会保障卡丢失后怎样补办？', keywords: ['社会保障卡补办'],
    body: '社会保障卡丢失的，先挂失，再到镇街社保窗口或银行网点补办新卡。', departmentCode: 'DG-SB' }),
  fixtureDoc({ code: 'FX-KP-OLDPOLICY', title: '身份证工本费临时减免政策', body: '2024年临时减免身份证工本费。', kind: '政策解读',
    departmentCode: 'DG-GA', effectiveFrom: '2024-01-01T00:00:00+08:00', effectiveTo: '2025-01-01T00:00:00+08:00', ...ID_MATTER }),
  fixtureDoc({ code: 'FX-KP-NEWPOLICY', title: '公积金提取新规何时实施？', body: '新规自2099年起实施。', kind: '政策解读',
    departmentCode: 'DG-GJJ', effectiveFrom: '2099-01-01T00:00:00+08:00', ...GJJ_MATTER }),
  fixtureDoc({ code: 'FX-KP-VERSION', documentId: 'doc-version-1', title: '住房公积金账户封存后如何解封？', body: '旧版口径：由原单位申请解封。',
    version: 1, departmentCode: 'DG-GJJ', ...GJJ_MATTER }),
  fixtureDoc({ code: 'FX-KP-VERSION', documentId: 'doc-version-2', title: '住房公积金账户封存后如何解封？', body: '新版口径：新单位开户缴存即自动解封。',
    version: 2, departmentCode: 'DG-GJJ', ...GJJ_MATTER }),
  fixtureDoc({ code: 'FX-M-ID', type: 'matter', title: '居民身份证换领、补领', questions: ['换身份证', '补办身份证'], keywords: ['有效期满换领', '丢失补领'],
    body: '申请材料：居民户口簿、原居民身份证。补办身份证收费每证40元。', kind: '行政确认', departmentCode: 'DG-GA', ...ID_MATTER, matterDocumentId: undefined }),
  fixtureDoc({ code: 'FX-M-OLD', type: 'matter', title: '暂住证办理', questions: ['暂住证'], body: '已由广东省居住证取代。', kind: '行政确认',
    status: 'revoked', departmentCode: 'DG-GA' }),
  fixtureDoc({ code: 'FX-B-BIRTH', type: 'bundle', title: '新生儿出生一件事', questions: ['出生登记', '社会保障卡申领'], kind: '一件事',
    body: '出生医学证明、出生登记、医保参保、社保卡申领一次申请。', departmentCode: 'DG-GA', bundleCode: 'FX-B-BIRTH', bundleName: '新生儿出生一件事' }),
  fixtureDoc({ code: 'FX-KP-RENT', locale: 'zh-HK', title: '租房提取住房公積金的條件是什麼？', questions: ['交租可以用公積金嗎'], keywords: ['租房提取'],
    body: '在東莞無自有住房且租房自住的職工，每年可以提取一次住房公積金。', departmentCode: 'DG-GJJ', departmentName: '東莞市住房公積金管理中心', ...GJJ_MATTER }),
];

let analyzer: Analyzer | undefined;

/** The analyzer of the fixture corpus with the shipped synonym list (built once per test file). */
export function fixtureAnalyzer(): Analyzer {
  const built = analyzer ?? createAnalyzer(buildAnalysisVocabulary({ synonyms, documents: FIXTURE_DOCUMENTS }));
  analyzer = built;
  return built;
}
