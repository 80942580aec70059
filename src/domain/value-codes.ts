/**
 * Storage codes of the value sets. Strapi accepts only ASCII identifiers as enumeration
 * values, so every value set is stored as a code and shown by its label; the national
 * exchange schema does the same (事项类型 01 = 行政许可). The domain speaks in labels.
 * The Strapi schemas list exactly these codes; a test keeps them in step.
 */
import {
  DEPT_NATURES, HANDLING_MODES, RESULT_DELIVERIES, SERVICE_OBJECTS, USE_LEVELS, GUIDE_ELEMENTS, KNOWLEDGE_KINDS, LOCATION_KINDS, MATERIAL_FORMS, MATERIAL_NECESSITIES,
  MATERIAL_TYPES, ONLINE_DEPTHS, OWNER_ROLES, POWER_SOURCES, PROJECT_TYPES, PROVIDED_BY, RESULT_TYPES,
  REVIEW_TYPES, SOURCE_CHANNELS, SUBMISSION_FORMS, SYNONYM_CATEGORIES, TASK_STATES, TASK_TYPES, TIME_UNITS,
} from './value-sets';

type Codes<L extends readonly string[]> = { readonly [K in L[number]]: string };

function codes<const L extends readonly string[]>(labels: L, table: Codes<L>): Codes<L> {
  return Object.freeze(table);
}

export const VALUE_CODES = {
  taskType: codes(TASK_TYPES, {
    行政许可: 'licensing', 行政处罚: 'penalty', 行政强制: 'enforcement', 行政征收: 'levy',
    行政给付: 'benefit', 行政检查: 'inspection', 行政确认: 'confirmation', 行政奖励: 'award',
    行政裁决: 'adjudication', 其他行政权力: 'otherPower', 公共服务: 'publicService',
  }),
  powerSource: codes(POWER_SOURCES, {
    法定本级行使: 'statutory', 上级下放: 'delegatedDown', 上级授权: 'authorizedByUpper',
    同级授权: 'authorizedByPeer', 上级委托: 'entrustedByUpper', 同级委托: 'entrustedByPeer',
  }),
  useLevel: codes(USE_LEVELS, {
    国家级: 'national', 省级: 'provincial', 市级: 'city', 县级: 'county', '乡镇(街道)级': 'town',
    '村(社区)级': 'village', 分级管理: 'tiered',
  }),
  serviceObject: codes(SERVICE_OBJECTS, {
    自然人: 'naturalPerson', 企业法人: 'enterprise', 事业法人: 'publicInstitution', 社会组织法人: 'socialOrganization',
    非法人企业: 'unincorporatedEnterprise', 行政机关: 'governmentBody', 其他组织: 'otherOrganization',
  }),
  handlingMode: codes(HANDLING_MODES, { 窗口办理: 'window', 网上办理: 'online', 邮寄申请: 'post' }),
  resultDelivery: codes(RESULT_DELIVERIES, { 窗口领取: 'pickUp', 邮寄送达: 'post', 电子证照: 'eCertificate' }),
  projectType: codes(PROJECT_TYPES, { 即办件: 'immediate', 承诺件: 'promised' }),
  reviewType: codes(REVIEW_TYPES, { 即审即办: 'reviewOnSpot', 前审后批: 'reviewThenApprove' }),
  deptNature: codes(DEPT_NATURES, { 法定机关: 'statutoryBody', 授权组织: 'authorizedOrg', 受委托组织: 'entrustedOrg' }),
  timeUnit: codes(TIME_UNITS, { 工作日: 'workingDays', 自然日: 'calendarDays', 即办: 'onTheSpot' }),
  onlineDepth: codes(ONLINE_DEPTHS, { Ⅰ: 'level1', Ⅱ: 'level2', Ⅲ: 'level3', Ⅳ: 'level4' }),
  resultType: codes(RESULT_TYPES, { 出证办结: 'certificate', 出文办结: 'document', 审批办结: 'approval', 其他: 'other' }),
  necessity: codes(MATERIAL_NECESSITIES, {
    必要: 'required', 非必要: 'optional', 容缺后补: 'toleratedLater', '信息免交、信用后补': 'creditExempt',
  }),
  materialType: codes(MATERIAL_TYPES, { 证件证书证明: 'certificate', 申请表格: 'applicationForm', 其他: 'other' }),
  materialForm: codes(MATERIAL_FORMS, {
    原件: 'original', 复印件: 'copy', 原件和复印件: 'originalAndCopy', 原件或复印件: 'originalOrCopy',
  }),
  submission: codes(SUBMISSION_FORMS, { 纸质: 'paper', 电子化: 'electronic', 纸质和电子: 'paperAndElectronic' }),
  sourceChannel: codes(SOURCE_CHANNELS, {
    申请人自备: 'applicant', 政府部门核发: 'issuedByGovernment', 调取电子证照库: 'eCertificate',
    在线填报: 'filledOnline', 其他: 'other',
  }),
  taskState: codes(TASK_STATES, { 在用: 'active', 暂停: 'suspended', 已取消: 'revoked' }),
  ownerRole: codes(OWNER_ROLES, { 编辑: 'editor', 审核: 'reviewer', 分管领导: 'leader', 热线联络员: 'hotlineLiaison' }),
  knowledgeKind: codes(KNOWLEDGE_KINDS, {
    办事指南: 'serviceGuide', 法律法规: 'lawRegulation', 热点问答: 'hotTopic', 日常咨询: 'dailyInquiry',
    政策解读: 'policyExplainer', 通知公告: 'notice', 业务指引: 'businessGuidance',
  }),
  providedBy: codes(PROVIDED_BY, {
    申请人提供: 'applicant', 前序事项生成: 'generatedByMember', 电子证照调取: 'eCertificate', 数据共享核验: 'dataSharing',
  }),
  locationKind: codes(LOCATION_KINDS, {
    政务服务中心: 'cityCentre', 镇街服务中心: 'townCentre', 部门窗口: 'departmentWindow', 自助终端: 'kiosk',
  }),
  synonymCategory: codes(SYNONYM_CATEGORIES, {
    身份户籍: 'identity', 社会保险: 'socialInsurance', 公积金房产: 'housing', 经营登记: 'business',
    残疾福利: 'welfare', 办事用语: 'procedure',
  }),
  guideElement: codes(GUIDE_ELEMENTS, Object.fromEntries(GUIDE_ELEMENTS.map((e) => [e, e])) as Codes<typeof GUIDE_ELEMENTS>),
} as const;

export type ValueSetName = keyof typeof VALUE_CODES;

/** The storage code of a label, e.g. toCode('necessity', '容缺后补') → 'toleratedLater'. */
export function toCode<S extends ValueSetName>(set: S, label: keyof (typeof VALUE_CODES)[S]): string {
  return VALUE_CODES[set][label] as string;
}

/** The label of a storage code; throws on an unknown code (a broken invariant, not user input). */
export function toLabel<S extends ValueSetName>(set: S, code: string): keyof (typeof VALUE_CODES)[S] {
  const table = VALUE_CODES[set] as Record<string, string>;
  const label = Object.keys(table).find((key) => table[key] === code);
  if (label === undefined) throw new RangeError(`Unknown ${set} code "${code}"`);
  return label as keyof (typeof VALUE_CODES)[S];
}

/** All storage codes of a value set, in label order. */
export function codesOf(set: ValueSetName): string[] {
  return Object.values(VALUE_CODES[set]) as string[];
}
