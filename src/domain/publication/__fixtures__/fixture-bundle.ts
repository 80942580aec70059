/**
 * A small, valid bundle (一件事) over the fixture matter and context: three members (one of
 * them the fixture matter T01, one optional, one waiting for two others) and a material plan
 * with every way of providing a material, so a test can break one thing and see one message.
 */
import type { Bundle } from '../../guide';

/** A bundle that passes every rule in fixtureContext(). */
export function fixtureBundle(): Bundle {
  return {
    code: 'TB1',
    name: '测试一件事',
    summary: '三项手续一次申请：\n\n1. 测试证明签发\n2. 测试许可（需要 :term[不动产权证书]{plain="就是常说的房产证"}）\n3. 测试登记（自愿选择）',
    conditions: '同时符合下列条件的，可以申请：\n\n1. 东莞户籍；\n2. 在 :location[市民服务中心]{code="LOC-A"} 提交。',
    leadDepartment: 'DG-TEST',
    coDepartments: ['DG-PEER'],
    promisedTimeLimit: { value: 7, unit: '工作日', note: '不含公示时间。' },
    members: [
      { order: 3, name: '测试登记', department: 'DG-PEER', dependsOn: [2, 1], optional: true },
      { order: 1, name: '测试证明签发', department: 'DG-PEER', dependsOn: [] },
      { order: 2, name: '测试许可', matter: 'T01', department: 'DG-TEST', dependsOn: [1] },
    ],
    materialPlan: [
      { sharedKey: 'resident-id-card', name: '居民身份证', usedBy: [1, 2, 3], providedBy: '电子证照调取', note: '调取不到的上传一次。' },
      { sharedKey: 'test-certificate', name: '测试证明', usedBy: [3, 2], providedBy: '前序事项生成', generatedBy: 1 },
      { sharedKey: 'application', name: '联办申请表', usedBy: [2], providedBy: '申请人提供', note: '一表申请，填写一次。' },
      { sharedKey: 'allowance-status', name: '低保家庭身份', usedBy: [3], providedBy: '数据共享核验' },
    ],
    onlineUrl: 'https://www.gdzwfw.gov.cn/tb1',
    locations: ['LOC-A', 'LOC-B'],
    consult: { phone: '0769-12345', online: 'https://www.gdzwfw.gov.cn', wechat: 'i莞家', address: '东莞市民服务中心“一件事”窗口' },
  };
}
