/**
 * 实施主体 of the sample dataset. Names are the real Dongguan bodies; the 统一社会信用代码
 * (valid GB 32100 check character), phones and contact people are synthetic.
 */
import type { Department, Owner } from '../../../src/domain/guide';

/** Department codes used across the seed data. */
export type DeptCode =
  | 'DG-GA' | 'DG-SCJG' | 'DG-GJJ' | 'DG-SB' | 'DG-YB'
  | 'DG-ZRZY' | 'DG-WJ' | 'DG-CL' | 'DG-MZ' | 'DG-ZSJ';

export const departments: Department[] = [
  {
    code: 'DG-GA',
    name: '东莞市公安局',
    shortName: '市公安局',
    creditCode: '114419000071941270',
    phone: '0769-22466110',
    complaintPhone: '0769-22466120',
  },
  {
    code: 'DG-SCJG',
    name: '东莞市市场监督管理局',
    shortName: '市市场监管局',
    creditCode: '114419000071943545',
    phone: '0769-22833001',
    complaintPhone: '0769-22833315',
    website: 'http://dgamr.dg.gov.cn',
  },
  {
    code: 'DG-GJJ',
    name: '东莞市住房公积金管理中心',
    shortName: '市公积金中心',
    creditCode: '11441900007197838H',
    phone: '0769-22113311',
    complaintPhone: '0769-22113322',
  },
  {
    code: 'DG-SB',
    name: '东莞市社会保障局',
    shortName: '市社保局',
    creditCode: '11441900007194688M',
    phone: '0769-22110333',
    complaintPhone: '0769-22110355',
  },
  {
    code: 'DG-YB',
    name: '东莞市医疗保障局',
    shortName: '市医保局',
    creditCode: '11441900MB2C910743',
    phone: '0769-22671188',
    complaintPhone: '0769-22671199',
  },
  {
    code: 'DG-ZRZY',
    name: '东莞市自然资源局（东莞市不动产登记中心）',
    shortName: '市自然资源局',
    creditCode: '11441900007194514C',
    phone: '0769-22832880',
    complaintPhone: '0769-22832890',
  },
  {
    code: 'DG-WJ',
    name: '东莞市卫生健康局',
    shortName: '市卫生健康局',
    creditCode: '11441900007194979Q',
    phone: '0769-22231120',
    complaintPhone: '0769-22231130',
  },
  {
    code: 'DG-CL',
    name: '东莞市残疾人联合会',
    shortName: '市残联',
    creditCode: '114419000071952697',
    phone: '0769-22115566',
    complaintPhone: '0769-22115577',
  },
  {
    code: 'DG-MZ',
    name: '东莞市民政局',
    shortName: '市民政局',
    creditCode: '11441900007194434Q',
    phone: '0769-22221212',
    complaintPhone: '0769-22221234',
  },
  {
    code: 'DG-ZSJ',
    name: '东莞市政务服务和数据管理局',
    shortName: '市政务和数据局',
    creditCode: '11441900MB2C873582',
    phone: '0769-26980000',
    complaintPhone: '0769-26980012',
  },
];

/** 事项负责人 roster per department (synthetic people): one 编辑, one 审核, one 热线联络员. */
export const departmentOwners: Record<DeptCode, { editor: Owner; reviewer: Owner; hotline: Owner }> = {
  'DG-GA': {
    editor: { role: '编辑', name: '陈嘉欣', phone: '0769-22466131', backup: '梁子健' },
    reviewer: { role: '审核', name: '黄志强', phone: '0769-22466132' },
    hotline: { role: '热线联络员', name: '李婉婷', phone: '0769-22466133' },
  },
  'DG-SCJG': {
    editor: { role: '编辑', name: '莫晓琳', phone: '0769-22833041', backup: '钟伟明' },
    reviewer: { role: '审核', name: '叶国华', phone: '0769-22833042' },
    hotline: { role: '热线联络员', name: '袁嘉怡', phone: '0769-22833043' },
  },
  'DG-GJJ': {
    editor: { role: '编辑', name: '蔡明珠', phone: '0769-22113341', backup: '何俊杰' },
    reviewer: { role: '审核', name: '卢建新', phone: '0769-22113342' },
    hotline: { role: '热线联络员', name: '谭慧敏', phone: '0769-22113343' },
  },
  'DG-SB': {
    editor: { role: '编辑', name: '邓雅文', phone: '0769-22110341', backup: '罗家豪' },
    reviewer: { role: '审核', name: '彭卫东', phone: '0769-22110342' },
    hotline: { role: '热线联络员', name: '曾丽娟', phone: '0769-22110343' },
  },
  'DG-YB': {
    editor: { role: '编辑', name: '方少华', phone: '0769-22671141' },
    reviewer: { role: '审核', name: '祁振宇', phone: '0769-22671142' },
    hotline: { role: '热线联络员', name: '孔秀英', phone: '0769-22671143' },
  },
  'DG-ZRZY': {
    editor: { role: '编辑', name: '刘振邦', phone: '0769-22832841', backup: '温诗敏' },
    reviewer: { role: '审核', name: '王立平', phone: '0769-22832842' },
    hotline: { role: '热线联络员', name: '张海燕', phone: '0769-22832843' },
  },
  'DG-WJ': {
    editor: { role: '编辑', name: '郑淑仪', phone: '0769-22231141' },
    reviewer: { role: '审核', name: '林志远', phone: '0769-22231142' },
    hotline: { role: '热线联络员', name: '吴晓彤', phone: '0769-22231143' },
  },
  'DG-CL': {
    editor: { role: '编辑', name: '殷佩珊', phone: '0769-22115541' },
    reviewer: { role: '审核', name: '杜永康', phone: '0769-22115542' },
    hotline: { role: '热线联络员', name: '欧阳敏', phone: '0769-22115543' },
  },
  'DG-MZ': {
    editor: { role: '编辑', name: '麦洁仪', phone: '0769-22221241' },
    reviewer: { role: '审核', name: '苏文斌', phone: '0769-22221242' },
    hotline: { role: '热线联络员', name: '黎翠萍', phone: '0769-22221243' },
  },
  'DG-ZSJ': {
    editor: { role: '编辑', name: '甘雪莹', phone: '0769-26980041' },
    reviewer: { role: '审核', name: '祝建华', phone: '0769-26980042' },
    hotline: { role: '热线联络员', name: '萧美玲', phone: '0769-26980043' },
  },
};

/** 12345 as dialled from a Dongguan landline — the consultation number every guide shows. */
export const HOTLINE_12345 = '0769-12345';
