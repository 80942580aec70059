/**
 * The three sample "一件事" bundles. B1 follows the sourced Guangdong 新生儿出生一件事
 * (members, conditions, 5 working days); B2 and B3 members are sample assumptions built on
 * the national key items (reference/domain-facts.md §4).
 */
import type { Bundle } from '../../../src/domain/guide';
import { HOTLINE_12345 } from './departments';

const CONSULT_ADDRESS = '东莞市南城街道鸿福路199号东莞市民服务中心“一件事”综合窗口';

// ───────────────────────────────────────────────────────────────────────────────────────────
// B1 新生儿出生一件事
// ───────────────────────────────────────────────────────────────────────────────────────────
const b1: Bundle = {
  code: 'B1',
  name: '新生儿出生一件事',
  summary: [
    '孩子出生后的九项手续一次申请、一套材料、一网办理：',
    '',
    '1. 生育登记凭证签发',
    '2. :term[出生医学证明]{plain="医院开的出生证"} 签发',
    '3. 预防接种电子档案申领',
    '4. 出生登记（上户口）',
    '5. 城乡居民基本医疗保险参保登记',
    '6. 社会保障卡申领',
    '7. 城乡居民医保费申报（新生儿缴费）',
    '8. 生育医疗费用报销',
    '9. 科学育儿指导服务登记（同步到“广东母子健康e手册”）',
    '',
    '前序事项产生的出生医学证明和新生儿户口页会自动提供给后续事项，不需要重复提交。',
  ].join('\n'),
  conditions: [
    '同时符合下列条件的，可以申请：',
    '',
    '1. 母亲在广东省内具有 :term[出生医学证明]{plain="医院开的出生证"} 签发资质的助产机构分娩，且为新生儿首次签发出生医学证明；',
    '2. 新生儿未满1周岁；',
    '3. 父母双方均为广东省户籍，且为存续婚姻关系；',
    '4. 新生儿随父亲或母亲在广东省内的家庭户登记户口。',
    '',
    '不符合上述条件的，可以分别办理出生登记、医保参保等单项事项。',
  ].join('\n'),
  leadDepartment: 'DG-WJ',
  coDepartments: ['DG-GA', 'DG-YB', 'DG-SB', 'DG-ZSJ'],
  promisedTimeLimit: { value: 5, unit: '工作日', note: '最快5个工作日办结，不含证件制作和邮寄时间。' },
  members: [
    { order: 1, name: '生育登记凭证签发', department: 'DG-WJ', dependsOn: [] },
    { order: 2, name: '出生医学证明签发', department: 'DG-WJ', dependsOn: [] },
    { order: 3, name: '预防接种电子档案申领', department: 'DG-WJ', dependsOn: [] },
    { order: 4, name: '出生登记', matter: 'M07', department: 'DG-GA', dependsOn: [2] },
    { order: 5, name: '城乡居民基本医疗保险参保登记', department: 'DG-YB', dependsOn: [4] },
    { order: 6, name: '社会保障卡申领', department: 'DG-SB', dependsOn: [4] },
    { order: 7, name: '城乡居民医保费申报（新生儿缴费）', department: 'DG-YB', dependsOn: [4] },
    { order: 8, name: '生育医疗费用报销', department: 'DG-YB', dependsOn: [], optional: true },
    { order: 9, name: '科学育儿指导服务登记', department: 'DG-WJ', dependsOn: [], optional: true },
  ],
  materialPlan: [
    {
      sharedKey: 'resident-id-card',
      name: '父母双方居民身份证',
      usedBy: [1, 2, 4, 5, 6, 7, 8],
      providedBy: '电子证照调取',
      note: '父母刷脸认证后调取电子证照；调取不到的上传一次，全程共用。',
    },
    {
      sharedKey: 'household-register',
      name: '居民户口簿（新生儿随迁一方）',
      usedBy: [4],
      providedBy: '电子证照调取',
      note: '出生登记时核验随迁一方的户口簿。',
    },
    {
      sharedKey: 'marriage-certificate',
      name: '结婚证',
      usedBy: [1, 4],
      providedBy: '数据共享核验',
      note: '婚姻登记信息由民政部门共享核验，不需上传。',
    },
    {
      sharedKey: 'birth-medical-certificate',
      name: '出生医学证明',
      usedBy: [4, 5, 6],
      providedBy: '前序事项生成',
      generatedBy: 2,
      note: '由第2项签发后生成电子证照，后续事项直接调用，申请人不再上传。',
    },
    {
      sharedKey: 'newborn-household-page',
      name: '新生儿户口登记信息（居民户口簿户口页）',
      usedBy: [5, 6, 7],
      providedBy: '前序事项生成',
      generatedBy: 4,
      note: '出生登记完成后自动推送公民身份号码和户籍信息，用于医保参保和社保卡申领。',
    },
    {
      sharedKey: 'bank-card',
      name: '母亲本人银行借记卡',
      usedBy: [8],
      providedBy: '申请人提供',
      note: '用于接收生育医疗费用报销款，填写一次。',
    },
  ],
  onlineUrl: 'https://www.gdzwfw.gov.cn/portal/v2/theme/xinshengerchusheng',
  locations: ['LOC-SMFWZX', 'LOC-DC-ZWFW', 'LOC-HM-HZ'],
  consult: { phone: HOTLINE_12345, online: 'https://www.gdzwfw.gov.cn', wechat: 'i莞家', address: CONSULT_ADDRESS },
};

// ───────────────────────────────────────────────────────────────────────────────────────────
// B2 残疾人服务一件事
// ───────────────────────────────────────────────────────────────────────────────────────────
const b2: Bundle = {
  code: 'B2',
  name: '残疾人服务一件事',
  summary: [
    '残疾人证和两项残疾人补贴一次申请：',
    '',
    '1. 残疾人证新办',
    '2. 困难残疾人生活补贴',
    '3. 重度残疾人护理补贴',
    '4. 残疾人就业和康复服务登记（自愿选择）',
    '',
    '残疾人证发出后自动用于补贴审核；低保身份由民政数据核验，不需要另开证明。',
  ].join('\n'),
  conditions: [
    '1. 申请残疾人证的，符合残疾人证新办的条件，东莞户籍或持有效广东省居住证在东莞居住；',
    '2. 申请困难残疾人生活补贴的，为持有残疾人证的最低生活保障家庭成员；',
    '3. 申请重度残疾人护理补贴的，残疾等级为一级、二级，或三级、四级的智力残疾、精神残疾；',
    '4. 两项补贴条件都符合的，可以同时享受。',
  ].join('\n'),
  leadDepartment: 'DG-CL',
  coDepartments: ['DG-MZ', 'DG-WJ'],
  promisedTimeLimit: {
    value: 20,
    unit: '工作日',
    note: '不含残疾评定时间和补贴公示期。',
  },
  members: [
    { order: 1, name: '残疾人证新办', matter: 'M08', department: 'DG-CL', dependsOn: [] },
    { order: 2, name: '困难残疾人生活补贴', department: 'DG-MZ', dependsOn: [1] },
    { order: 3, name: '重度残疾人护理补贴', department: 'DG-MZ', dependsOn: [1] },
    { order: 4, name: '残疾人就业和康复服务登记', department: 'DG-CL', dependsOn: [1], optional: true },
  ],
  materialPlan: [
    {
      sharedKey: 'resident-id-card',
      name: '居民身份证',
      usedBy: [1, 2, 3, 4],
      providedBy: '电子证照调取',
      note: '未满16周岁未办身份证的，以居民户口簿代替。',
    },
    {
      sharedKey: 'household-register',
      name: '居民户口簿',
      usedBy: [1, 2, 3],
      providedBy: '电子证照调取',
    },
    {
      sharedKey: 'photo',
      name: '近期两寸白底免冠彩色相片',
      usedBy: [1],
      providedBy: '申请人提供',
      note: '只提交一次。',
    },
    {
      sharedKey: 'disability-certificate',
      name: '中华人民共和国残疾人证',
      usedBy: [2, 3, 4],
      providedBy: '前序事项生成',
      generatedBy: 1,
      note: '第1项发证后生成电子证照，补贴审核直接调用。',
    },
    {
      sharedKey: 'minimum-living-allowance-status',
      name: '最低生活保障家庭身份',
      usedBy: [2],
      providedBy: '数据共享核验',
      note: '由民政部门系统核验，不需要申请人提供证明。',
    },
    {
      sharedKey: 'bank-card',
      name: '本人社会保障卡（已激活金融功能）或本人银行借记卡',
      usedBy: [2, 3],
      providedBy: '申请人提供',
      note: '两项补贴发放到同一账户，只提供一次。',
    },
  ],
  onlineUrl: 'https://www.gdzwfw.gov.cn/portal/v2/theme/canjirenfuwu',
  locations: ['LOC-SMFWZX', 'LOC-GC-ZWFW', 'LOC-CA-ZWFW'],
  consult: { phone: HOTLINE_12345, online: 'https://www.gdzwfw.gov.cn', wechat: 'i莞家', address: CONSULT_ADDRESS },
};

// ───────────────────────────────────────────────────────────────────────────────────────────
// B3 个人身后一件事
// ───────────────────────────────────────────────────────────────────────────────────────────
const b3: Bundle = {
  code: 'B3',
  name: '个人身后一件事',
  summary: [
    '亲人去世后的手续一次申请、一套材料：',
    '',
    '1. 居民死亡医学证明（推断）书签发',
    '2. 遗体火化',
    '3. 死亡注销户口',
    '4. 丧葬补助金、遗属抚恤金申领',
    '5. 基本养老保险个人账户余额继承',
    '6. 住房公积金继承提取',
    '7. 基本医疗保险个人账户余额继承',
    '8. 社会保障卡注销',
    '',
    '死亡信息由签发机构推送，户口注销后自动通知社保、医保和公积金，家属不用逐个部门重复提交死亡证明。',
  ].join('\n'),
  conditions: [
    '1. 逝者为东莞户籍，或在东莞参加社会保险、缴存住房公积金；',
    '2. 申请人为逝者的配偶、子女、父母等近亲属，或继承人、受遗赠人；',
    '3. 户口注销：在城市应于火化（安葬）前办理，在农村应于一个月内办理；',
    '4. 公积金、养老和医保个人账户余额由继承人或受遗赠人申请，需提供继承权公证书或人民法院生效的继承判决书（调解书）。',
  ].join('\n'),
  leadDepartment: 'DG-MZ',
  coDepartments: ['DG-WJ', 'DG-GA', 'DG-SB', 'DG-YB', 'DG-GJJ'],
  promisedTimeLimit: {
    value: 10,
    unit: '工作日',
    note: '自材料齐全之日起计算，不含继承权公证时间。',
  },
  members: [
    { order: 1, name: '居民死亡医学证明（推断）书签发', department: 'DG-WJ', dependsOn: [] },
    { order: 2, name: '遗体火化', department: 'DG-MZ', dependsOn: [1] },
    { order: 3, name: '死亡注销户口', department: 'DG-GA', dependsOn: [1] },
    { order: 4, name: '丧葬补助金、遗属抚恤金申领', department: 'DG-SB', dependsOn: [3] },
    { order: 5, name: '基本养老保险个人账户余额继承', department: 'DG-SB', dependsOn: [3] },
    { order: 6, name: '住房公积金继承提取', matter: 'M04', department: 'DG-GJJ', dependsOn: [3] },
    { order: 7, name: '基本医疗保险个人账户余额继承', department: 'DG-YB', dependsOn: [3] },
    { order: 8, name: '社会保障卡注销', department: 'DG-SB', dependsOn: [4, 5] },
  ],
  materialPlan: [
    {
      sharedKey: 'death-certificate',
      name: '居民死亡医学证明（推断）书',
      usedBy: [2, 3, 4, 5, 6, 7],
      providedBy: '前序事项生成',
      generatedBy: 1,
      note: '医疗机构签发后推送电子信息，后续事项直接调用。',
    },
    {
      sharedKey: 'cremation-certificate',
      name: '火化证明',
      usedBy: [4],
      providedBy: '前序事项生成',
      generatedBy: 2,
      note: '殡仪馆出具后共享，申领丧葬补助金时直接调用。',
    },
    {
      sharedKey: 'household-cancellation-record',
      name: '死亡注销户口证明',
      usedBy: [4, 5, 6, 7, 8],
      providedBy: '前序事项生成',
      generatedBy: 3,
      note: '户口注销后自动推送至社保、医保和公积金。',
    },
    {
      sharedKey: 'household-register',
      name: '逝者所在户的居民户口簿',
      usedBy: [3],
      providedBy: '申请人提供',
      note: '注销户口时核验，在户口簿上加盖注销章。',
    },
    {
      sharedKey: 'deceased-id-card',
      name: '逝者居民身份证',
      usedBy: [3],
      providedBy: '申请人提供',
      note: '注销户口时交回。',
    },
    {
      sharedKey: 'resident-id-card',
      name: '申请人居民身份证',
      usedBy: [1, 2, 3, 4, 5, 6, 7, 8],
      providedBy: '电子证照调取',
    },
    {
      sharedKey: 'kinship-proof',
      name: '申请人与逝者的亲属关系证明（居民户口簿、结婚证或出生医学证明）',
      usedBy: [4, 5, 7],
      providedBy: '数据共享核验',
      note: '户籍和婚姻数据能核验的不需提交；核验不到的上传其中一种。',
    },
    {
      sharedKey: 'inheritance-proof',
      name: '继承权公证书或人民法院生效的继承判决书（调解书）',
      usedBy: [5, 6, 7],
      providedBy: '申请人提供',
      note: '提交一次，三项余额继承共用。',
    },
    {
      sharedKey: 'bank-card',
      name: '申请人本人Ⅰ类银行结算账户借记卡',
      usedBy: [4, 5, 6, 7],
      providedBy: '申请人提供',
      note: '各项待遇和余额统一发放到此账户。',
    },
  ],
  onlineUrl: 'https://www.gdzwfw.gov.cn/portal/v2/theme/gerenshenhou',
  locations: ['LOC-SMFWZX', 'LOC-DC-ZWFW', 'LOC-GC-ZWFW'],
  consult: { phone: HOTLINE_12345, online: 'https://www.gdzwfw.gov.cn', wechat: 'i莞家', address: CONSULT_ADDRESS },
};

/** The three sample bundles. */
export const bundles: Bundle[] = [b1, b2, b3];
