/**
 * Labels of the value-set values per locale. Guides store the zh-CN value (必要, 原件, 工作日…);
 * what a reader sees in zh-HK (traditional characters) or English comes from this one table,
 * so every channel shows the same label. A test checks that it covers every value of every set.
 */
import * as sets from './value-sets';
import type { Locale } from './value-sets';

/** [zh-CN, zh-HK, en] */
type Labels = readonly [string, string, string];

type LabelSetName = {
  [K in keyof typeof sets]: (typeof sets)[K] extends readonly string[] ? K : never;
}[keyof typeof sets];

type LabelTable = { readonly [K in LabelSetName]: { readonly [V in (typeof sets)[K][number]]: Labels } };

/** Every value set by its export name in value-sets.ts. */
export const LABELS: LabelTable = {
  TASK_TYPES: {
    行政许可: ['行政许可', '行政許可', 'Administrative licensing'],
    行政处罚: ['行政处罚', '行政處罰', 'Administrative penalty'],
    行政强制: ['行政强制', '行政強制', 'Administrative enforcement'],
    行政征收: ['行政征收', '行政徵收', 'Administrative levy'],
    行政给付: ['行政给付', '行政給付', 'Administrative benefit'],
    行政检查: ['行政检查', '行政檢查', 'Administrative inspection'],
    行政确认: ['行政确认', '行政確認', 'Administrative confirmation'],
    行政奖励: ['行政奖励', '行政獎勵', 'Administrative award'],
    行政裁决: ['行政裁决', '行政裁決', 'Administrative adjudication'],
    其他行政权力: ['其他行政权力', '其他行政權力', 'Other administrative power'],
    公共服务: ['公共服务', '公共服務', 'Public service'],
  },
  POWER_SOURCES: {
    法定本级行使: ['法定本级行使', '法定本級行使', 'Statutory, exercised at this level'],
    上级下放: ['上级下放', '上級下放', 'Delegated by a higher level'],
    上级授权: ['上级授权', '上級授權', 'Authorized by a higher level'],
    同级授权: ['同级授权', '同級授權', 'Authorized by a body of the same level'],
    上级委托: ['上级委托', '上級委託', 'Entrusted by a higher level'],
    同级委托: ['同级委托', '同級委託', 'Entrusted by a body of the same level'],
  },
  USE_LEVELS: {
    国家级: ['国家级', '國家級', 'National'],
    省级: ['省级', '省級', 'Provincial'],
    市级: ['市级', '市級', 'City'],
    县级: ['县级', '縣級', 'County'],
    '乡镇(街道)级': ['乡镇(街道)级', '鄉鎮(街道)級', 'Town or sub-district'],
    '村(社区)级': ['村(社区)级', '村(社區)級', 'Village or community'],
    分级管理: ['分级管理', '分級管理', 'Managed at several levels'],
  },
  PROJECT_TYPES: {
    即办件: ['即办件', '即辦件', 'Handled on the spot'],
    承诺件: ['承诺件', '承諾件', 'Handled within a promised time'],
  },
  REVIEW_TYPES: {
    即审即办: ['即审即办', '即審即辦', 'Reviewed and decided on the spot'],
    前审后批: ['前审后批', '前審後批', 'Reviewed, then approved'],
  },
  SERVICE_OBJECTS: {
    自然人: ['自然人', '自然人', 'Individuals'],
    企业法人: ['企业法人', '企業法人', 'Enterprises'],
    事业法人: ['事业法人', '事業法人', 'Public institutions'],
    社会组织法人: ['社会组织法人', '社會組織法人', 'Social organizations'],
    非法人企业: ['非法人企业', '非法人企業', 'Unincorporated enterprises'],
    行政机关: ['行政机关', '行政機關', 'Government bodies'],
    其他组织: ['其他组织', '其他組織', 'Other organizations'],
  },
  DEPT_NATURES: {
    法定机关: ['法定机关', '法定機關', 'Statutory body'],
    授权组织: ['授权组织', '授權組織', 'Authorized organization'],
    受委托组织: ['受委托组织', '受委託組織', 'Entrusted organization'],
  },
  TIME_UNITS: {
    工作日: ['工作日', '工作日', 'working days'],
    自然日: ['自然日', '自然日', 'calendar days'],
    即办: ['即办', '即辦', 'on the spot'],
  },
  HANDLING_MODES: {
    窗口办理: ['窗口办理', '窗口辦理', 'At a service window'],
    网上办理: ['网上办理', '網上辦理', 'Online'],
    邮寄申请: ['邮寄申请', '郵寄申請', 'By post'],
  },
  ONLINE_DEPTHS: {
    Ⅰ: ['Ⅰ级（网上咨询、下载表格）', 'Ⅰ級（網上諮詢、下載表格）', 'Level I (information and forms online)'],
    Ⅱ: ['Ⅱ级（网上预审）', 'Ⅱ級（網上預審）', 'Level II (pre-check online)'],
    Ⅲ: ['Ⅲ级（网上受理、现场领证）', 'Ⅲ級（網上受理、現場領證）', 'Level III (apply online, collect in person)'],
    Ⅳ: ['Ⅳ级（全程网办）', 'Ⅳ級（全程網辦）', 'Level IV (fully online)'],
  },
  RESULT_TYPES: {
    出证办结: ['出证办结', '出證辦結', 'A certificate is issued'],
    出文办结: ['出文办结', '出文辦結', 'A written decision is issued'],
    审批办结: ['审批办结', '審批辦結', 'An approval is issued'],
    其他: ['其他', '其他', 'Other'],
  },
  RESULT_DELIVERIES: {
    窗口领取: ['窗口领取', '窗口領取', 'Collect at the window'],
    邮寄送达: ['邮寄送达', '郵寄送達', 'Sent by post'],
    电子证照: ['电子证照', '電子證照', 'Electronic certificate'],
  },
  MATERIAL_NECESSITIES: {
    必要: ['必要', '必要', 'Required'],
    非必要: ['非必要', '非必要', 'Optional'],
    容缺后补: ['容缺后补', '容缺後補', 'May be supplied later'],
    '信息免交、信用后补': ['信息免交、信用后补', '信息免交、信用後補', 'Not needed if verified; or supplied later on a credit commitment'],
  },
  MATERIAL_TYPES: {
    证件证书证明: ['证件证书证明', '證件證書證明', 'Certificate or proof'],
    申请表格: ['申请表格', '申請表格', 'Application form'],
    其他: ['其他', '其他', 'Other'],
  },
  MATERIAL_FORMS: {
    原件: ['原件', '原件', 'Original'],
    复印件: ['复印件', '複印件', 'Copy'],
    原件和复印件: ['原件和复印件', '原件和複印件', 'Original and copy'],
    原件或复印件: ['原件或复印件', '原件或複印件', 'Original or copy'],
  },
  SUBMISSION_FORMS: {
    纸质: ['纸质', '紙質', 'On paper'],
    电子化: ['电子化', '電子化', 'Electronic'],
    纸质和电子: ['纸质和电子', '紙質和電子', 'On paper and electronic'],
  },
  SOURCE_CHANNELS: {
    申请人自备: ['申请人自备', '申請人自備', 'Prepared by the applicant'],
    政府部门核发: ['政府部门核发', '政府部門核發', 'Issued by a government department'],
    调取电子证照库: ['调取电子证照库', '調取電子證照庫', 'Retrieved from the e-certificate library'],
    在线填报: ['在线填报', '在線填報', 'Filled in online'],
    其他: ['其他', '其他', 'Other'],
  },
  TASK_STATES: {
    在用: ['在用', '在用', 'In force'],
    暂停: ['暂停', '暫停', 'Suspended'],
    已取消: ['已取消', '已取消', 'Revoked'],
  },
  OWNER_ROLES: {
    编辑: ['编辑', '編輯', 'Editor'],
    审核: ['审核', '審核', 'Reviewer'],
    分管领导: ['分管领导', '分管領導', 'Leader in charge'],
    热线联络员: ['热线联络员', '熱線聯絡員', 'Hotline liaison'],
  },
  GUIDE_ELEMENTS: {
    summary: ['事项概述', '事項概述', 'Summary'],
    acceptConditions: ['受理条件', '受理條件', 'Who can apply'],
    materials: ['申请材料', '申請材料', 'Documents to bring'],
    fees: ['收费标准', '收費標準', 'Fees'],
    timeLimits: ['办理时限', '辦理時限', 'Time limits'],
    steps: ['办理流程', '辦理流程', 'Steps'],
    locations: ['办理地点', '辦理地點', 'Where to apply'],
    result: ['办理结果', '辦理結果', 'Result'],
    onlineService: ['网上办理', '網上辦理', 'Online service'],
    consultation: ['咨询与投诉', '諮詢與投訴', 'Enquiries and complaints'],
  },
  KNOWLEDGE_KINDS: {
    办事指南: ['办事指南', '辦事指南', 'Service guide'],
    法律法规: ['法律法规', '法律法規', 'Laws and regulations'],
    热点问答: ['热点问答', '熱點問答', 'Hot topic'],
    日常咨询: ['日常咨询', '日常諮詢', 'Everyday enquiry'],
    政策解读: ['政策解读', '政策解讀', 'Policy explained'],
    通知公告: ['通知公告', '通知公告', 'Notice'],
    业务指引: ['业务指引', '業務指引', 'Procedure guidance'],
  },
  PROVIDED_BY: {
    申请人提供: ['申请人提供', '申請人提供', 'Provided by the applicant'],
    前序事项生成: ['前序事项生成', '前序事項生成', 'Produced by an earlier step'],
    电子证照调取: ['电子证照调取', '電子證照調取', 'Retrieved as an e-certificate'],
    数据共享核验: ['数据共享核验', '數據共享核驗', 'Checked through data sharing'],
  },
  LOCATION_KINDS: {
    政务服务中心: ['政务服务中心', '政務服務中心', 'Government service centre'],
    镇街服务中心: ['镇街服务中心', '鎮街服務中心', 'Town service centre'],
    部门窗口: ['部门窗口', '部門窗口', 'Department window'],
    自助终端: ['自助终端', '自助終端', 'Self-service kiosk'],
  },
  SYNONYM_CATEGORIES: {
    身份户籍: ['身份户籍', '身份户籍', 'Identity and household registration'],
    社会保险: ['社会保险', '社會保險', 'Social insurance'],
    公积金房产: ['公积金房产', '公積金房產', 'Housing fund and property'],
    经营登记: ['经营登记', '經營登記', 'Business registration'],
    残疾福利: ['残疾福利', '殘疾福利', 'Disability and welfare'],
    办事用语: ['办事用语', '辦事用語', 'Service terms'],
  },
  LOCALES: {
    'zh-CN': ['简体中文', '簡體中文', 'Simplified Chinese'],
    'zh-HK': ['繁体中文（香港）', '繁體中文（香港）', 'Traditional Chinese (Hong Kong)'],
    en: ['英文', '英文', 'English'],
  },
};

const COLUMN: Readonly<Record<Locale, 0 | 1 | 2>> = { 'zh-CN': 0, 'zh-HK': 1, en: 2 };

/** The label of one value of a value set in a locale. */
export function labelOf<K extends LabelSetName>(set: K, value: (typeof sets)[K][number], locale: Locale): string {
  const table = LABELS[set] as Readonly<Record<string, Labels>>;
  const labels = table[value];
  if (!labels) throw new RangeError(`No label for ${set} value ${String(value)}`);
  return labels[COLUMN[locale]];
}

export type { LabelSetName };
