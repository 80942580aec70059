/**
 * The value sets (枚举值) of the national implementation-list elements, as used in guides.
 * The Strapi schemas under src/api and src/components repeat these literals (Strapi reads
 * JSON); a test checks that both lists stay equal.
 */

/** 事项类型 — the kind of power or service a matter is. */
export const TASK_TYPES = [
  '行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查',
  '行政确认', '行政奖励', '行政裁决', '其他行政权力', '公共服务',
] as const;

/** 权力来源 */
export const POWER_SOURCES = ['法定本级行使', '上级下放', '上级授权', '同级授权', '上级委托', '同级委托'] as const;

/** 行使层级 */
export const USE_LEVELS = ['国家级', '省级', '市级', '县级', '乡镇(街道)级', '村(社区)级', '分级管理'] as const;

/** 办件类型 */
export const PROJECT_TYPES = ['即办件', '承诺件'] as const;

/** 审查类型 */
export const REVIEW_TYPES = ['即审即办', '前审后批'] as const;

/** 服务对象 */
export const SERVICE_OBJECTS = ['自然人', '企业法人', '事业法人', '社会组织法人', '非法人企业', '行政机关', '其他组织'] as const;

/** 实施主体性质 */
export const DEPT_NATURES = ['法定机关', '授权组织', '受委托组织'] as const;

/** 时限单位: 即办 is how "same day, on the spot" is written. */
export const TIME_UNITS = ['工作日', '自然日', '即办'] as const;

/** 办理形式 */
export const HANDLING_MODES = ['窗口办理', '网上办理', '邮寄申请'] as const;

/** 网上办理深度 (Ⅳ = 全程网办) */
export const ONLINE_DEPTHS = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'] as const;

/** 审批结果类型 */
export const RESULT_TYPES = ['出证办结', '出文办结', '审批办结', '其他'] as const;

/** 结果送达方式 */
export const RESULT_DELIVERIES = ['窗口领取', '邮寄送达', '电子证照'] as const;

/** 材料必要性 */
export const MATERIAL_NECESSITIES = ['必要', '非必要', '容缺后补', '信息免交、信用后补'] as const;

/** 材料类型 */
export const MATERIAL_TYPES = ['证件证书证明', '申请表格', '其他'] as const;

/** 材料形式 */
export const MATERIAL_FORMS = ['原件', '复印件', '原件和复印件', '原件或复印件'] as const;

/** 提交形式 */
export const SUBMISSION_FORMS = ['纸质', '电子化', '纸质和电子'] as const;

/** 来源渠道 */
export const SOURCE_CHANNELS = ['申请人自备', '政府部门核发', '调取电子证照库', '在线填报', '其他'] as const;

/** 事项状态 (lifecycle of the matter itself, distinct from Strapi's draft/published) */
export const TASK_STATES = ['在用', '暂停', '已取消'] as const;

/** 事项负责人角色 */
export const OWNER_ROLES = ['编辑', '审核', '分管领导', '热线联络员'] as const;

/** The guide elements a plain-language note (白话版) can be attached to. */
export const GUIDE_ELEMENTS = [
  'summary', 'acceptConditions', 'materials', 'fees', 'timeLimits', 'steps',
  'locations', 'result', 'onlineService', 'consultation',
] as const;

/** 知识类型 / 材料性质 of a knowledge point. */
export const KNOWLEDGE_KINDS = ['办事指南', '法律法规', '热点问答', '日常咨询', '政策解读', '通知公告', '业务指引'] as const;

/** What a bundle member's shared material comes from. */
export const PROVIDED_BY = ['申请人提供', '前序事项生成', '电子证照调取', '数据共享核验'] as const;

/** 办理地点类型 */
export const LOCATION_KINDS = ['政务服务中心', '镇街服务中心', '部门窗口', '自助终端'] as const;

/** 同义词类别 */
export const SYNONYM_CATEGORIES = ['身份户籍', '社会保险', '公积金房产', '经营登记', '残疾福利', '办事用语'] as const;

/** The locales content is written in; zh-CN is the default and the source of truth. */
export const LOCALES = ['zh-CN', 'zh-HK', 'en'] as const;
export const DEFAULT_LOCALE = 'zh-CN';

export type TaskType = (typeof TASK_TYPES)[number];
export type PowerSource = (typeof POWER_SOURCES)[number];
export type UseLevel = (typeof USE_LEVELS)[number];
export type ProjectType = (typeof PROJECT_TYPES)[number];
export type ReviewType = (typeof REVIEW_TYPES)[number];
export type ServiceObject = (typeof SERVICE_OBJECTS)[number];
export type DeptNature = (typeof DEPT_NATURES)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];
export type HandlingMode = (typeof HANDLING_MODES)[number];
export type OnlineDepth = (typeof ONLINE_DEPTHS)[number];
export type ResultType = (typeof RESULT_TYPES)[number];
export type ResultDelivery = (typeof RESULT_DELIVERIES)[number];
export type MaterialNecessity = (typeof MATERIAL_NECESSITIES)[number];
export type MaterialType = (typeof MATERIAL_TYPES)[number];
export type MaterialForm = (typeof MATERIAL_FORMS)[number];
export type SubmissionForm = (typeof SUBMISSION_FORMS)[number];
export type SourceChannel = (typeof SOURCE_CHANNELS)[number];
export type TaskState = (typeof TASK_STATES)[number];
export type OwnerRole = (typeof OWNER_ROLES)[number];
export type GuideElement = (typeof GUIDE_ELEMENTS)[number];
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];
export type ProvidedBy = (typeof PROVIDED_BY)[number];
export type LocationKind = (typeof LOCATION_KINDS)[number];
export type SynonymCategory = (typeof SYNONYM_CATEGORIES)[number];
export type Locale = (typeof LOCALES)[number];
