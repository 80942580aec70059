/**
 * A small, valid matter and its context for unit tests: every optional element present once,
 * every directive used, so a test can break one thing and see exactly one message.
 */
import type { Department, KnowledgePoint, Matter, ServiceLocation } from '../../guide';
import type { GuideContext } from '../context';

export const fixtureDepartments: Department[] = [
  { code: 'DG-TEST', name: '东莞市测试局', creditCode: '114419000000000000', phone: '0769-22220000', complaintPhone: '0769-22220001' },
  { code: 'DG-PEER', name: '东莞市协办局', creditCode: '114419000000000001' },
];

export const fixtureLocations: ServiceLocation[] = [
  { code: 'LOC-A', name: '东莞市民服务中心', kind: '政务服务中心', town: '南城街道', address: '东莞市南城街道鸿福路199号', windowNo: '10号窗口', phone: '0769-12345', hours: '周一至周五 9:00-17:30', trafficGuide: '地铁2号线鸿福路站C出口' },
  { code: 'LOC-B', name: '东城街道政务服务中心', kind: '镇街服务中心', town: '东城街道', address: '东莞市东城街道东城中路368号', hours: '周一至周五 9:00-12:00，14:00-17:30' },
];

/** A 行政许可 matter that passes every rule. */
export function fixtureMatter(): Matter {
  return {
    code: 'T01', taskName: '测试许可事项', shortName: '测试许可', colloquialNames: ['办测试证'],
    catalogCode: '000000000001', taskCode: '11441900000000000030000000000001', taskVersion: 2, taskState: '在用',
    taskType: '行政许可', powerSource: '法定本级行使', useLevels: ['市级'], projectType: '承诺件', reviewType: '前审后批',
    serviceObjects: ['自然人', '企业法人'], department: 'DG-TEST', deptNature: '法定机关', jointDepts: ['DG-PEER'],
    handlingItems: [{ code: '01', name: '新办', note: '第一次申请的。' }],
    legalBasis: [{ lawName: '测试条例', docNumber: '测试令第1号', article: '第三条' }],
    acceptConditions: '申请人应当：\n\n1. 持有 :term[不动产权证书]{plain="就是常说的房产证"}；\n2. 在 :location[市民服务中心]{code="LOC-A"} 提交。',
    quantityLimit: '每人一证。', prohibitions: '不得冒名申请。',
    legalTimeLimit: { value: 20, unit: '工作日', note: '自受理之日起。' },
    promisedTimeLimit: { value: 5, unit: '工作日' },
    specialProcedures: '无',
    isCharged: true, feeBasis: '测试收费文件', onlinePayment: true,
    feeItems: [
      { name: '补证费', standard: '每证10元', amountYuan: 10, order: 2 },
      { name: '工本费', standard: '每证20元', amountYuan: 20, order: 1, reducible: true, reductionBasis: '低保户免收。' },
    ],
    offlineSteps: ['受理', '审核', '决定', '办结', '送达'].map((name, i) => ({ order: i + 1, name, actor: '窗口', timeLimit: '1个工作日', note: i === 0 ? '带齐 **全部** 材料。' : undefined })),
    onlineSteps: [{ order: 1, name: '网上申请', actor: '申请人', note: '登录后填写。' }],
    handlingModes: ['窗口办理', '网上办理'], onSiteVisits: 1, onSiteReason: '需核验原件。',
    isOnline: true, onlineDepth: 'Ⅲ', onlineUrl: 'https://www.gdzwfw.gov.cn/t01', inServiceHall: true, courier: true,
    bookable: true, bookingUrl: 'https://zwfw.dg.gov.cn/booking?matter=T01',
    locations: ['LOC-A', 'LOC-B'], openingHours: '周一至周五 9:00-17:30',
    resultType: '出证办结', resultName: '测试许可证',
    resultSample: { name: '测试许可证（样本）', url: '/uploads/t01-result.pdf', mime: 'application/pdf' },
    resultDelivery: ['窗口领取', '邮寄送达'],
    consult: { phone: '0769-12345', online: 'https://www.gdzwfw.gov.cn' },
    complaint: { phone: '0769-22220001', letterAddress: '东莞市测试局信访室' },
    materials: [
      {
        key: 'application', name: '测试许可申请表', order: 2, necessity: '必要', materialType: '申请表格', form: '原件',
        copiesOriginal: 1, copiesCopy: 0, sourceChannel: '申请人自备',
        fillingInstructions: '- 用黑色笔填写。\n- 可 :sample[查看填写样例]{material="application"} 或 :blank[下载空白表格]{material="application"}。',
        sampleForm: { name: '申请表（填写样例）', url: '/uploads/t01-application-sample.pdf', mime: 'application/pdf' },
        blankForm: { name: '申请表（空白表格）', url: '/uploads/t01-application-blank.pdf', mime: 'application/pdf' },
        plainNote: '就是一张申请表。',
      },
      { key: 'id-card', name: '居民身份证', order: 1, necessity: '必要', form: '原件和复印件', copiesOriginal: 1, copiesCopy: 2, sharedKey: 'resident-id-card' },
      { key: 'lease', name: '租赁合同', order: 3, necessity: '容缺后补', toleranceDays: 10, form: '复印件', copiesCopy: 1 },
    ],
    faqs: [{ order: 1, question: '多久能拿证？', answer: '承诺5个工作日。' }],
    plainSummary: '带身份证和申请表去窗口，5个工作日拿证。',
    plainNotes: [{ element: 'materials', note: '身份证要带原件。' }],
    beforeYouGo: ['先预约。'], commonMistakes: ['忘带复印件。'],
    owners: [{ role: '编辑', name: '张三', phone: '0769-22220002' }],
    highFrequency: true,
  };
}

/** A knowledge point linked to the fixture matter. */
export function fixtureKnowledgePoint(): KnowledgePoint {
  return {
    code: 'KP-T01-TIME', standardQuestion: '测试许可多久能办好？', similarQuestions: ['测试证几天出？'],
    answer: '承诺 **5个工作日** 办结；申请表可 :sample[查看填写样例]{material="application"}。', plainAnswer: '一般5个工作日。',
    kind: '办事指南', categoryPath: '东莞市/测试/许可', keywords: ['测试许可', '时限'], matter: 'T01', sourceElement: 'promisedTimeLimit',
    department: 'DG-TEST', effectiveFrom: '2026-01-01T00:00:00+08:00', version: 1,
    owner: { role: '热线联络员', name: '李四', phone: '0769-22220003' },
  };
}

/** The context of the fixtures. */
export function fixtureContext(overrides: Partial<GuideContext> = {}): GuideContext {
  return {
    departments: fixtureDepartments,
    locations: fixtureLocations,
    matters: [fixtureMatter()],
    jargon: [{ term: '不动产权证书', suggestion: '就是常说的房产证' }, { term: '告知承诺', suggestion: '写承诺书代替证明' }],
    ...overrides,
  };
}
