/**
 * Small, valid documents for API tests, written as a portal or import tool would send them
 * (storage codes for value sets, document ids for relations).
 */
import request from 'supertest';
import type { TestApp } from './app';

export function departmentData(code = 'DG-TEST') {
  return { code, name: '东莞市测试局', creditCode: '11441900MB2C92051X', phone: '0769-22000001', complaintPhone: '0769-22000002' };
}

export function matterData(code: string, departmentId: string) {
  return {
    code,
    taskName: '测试事项登记',
    colloquialNames: ['测试登记'],
    catalogCode: '440100000001',
    taskCode: '11441900MB2C92051X3440100000001',
    taskVersion: 1,
    taskState: 'active',
    taskType: 'confirmation',
    powerSource: 'statutory',
    useLevels: ['city'],
    projectType: 'promised',
    reviewType: 'reviewThenApprove',
    serviceObjects: ['naturalPerson'],
    department: departmentId,
    deptNature: 'statutoryBody',
    legalBasis: [{ lawName: '中华人民共和国居民身份证法', article: '第十一条' }],
    acceptConditions: '申请人持有 :term[居民户口簿]{plain="就是户口本"}。',
    legalTimeLimit: { value: 30, unit: 'workingDays' },
    promisedTimeLimit: { value: 20, unit: 'workingDays' },
    specialProcedures: '无',
    isCharged: false,
    onlinePayment: false,
    handlingModes: ['window'],
    onSiteVisits: 1,
    onSiteReason: '需现场采集人像和指纹',
    isOnline: false,
    inServiceHall: true,
    courier: false,
    openingHours: '周一至周五 9:00-12:00，13:30-17:30',
    resultType: 'certificate',
    resultName: '居民身份证',
    consult: { phone: '0769-12345' },
    complaint: { phone: '0769-12345678' },
    materials: [
      { key: 'household-register', name: '居民户口簿', order: 1, necessity: 'required', form: 'original', copiesOriginal: 1 },
    ],
    plainSummary: '带上户口本到窗口办理。',
  };
}

export function knowledgePointData(code: string, departmentId: string) {
  return {
    code,
    standardQuestion: '测试事项收费多少？',
    similarQuestions: ['测试事项要钱吗', '测试事项几多钱', '办测试事项收费吗'],
    answer: '测试事项不收费。',
    kind: 'dailyInquiry',
    categoryPath: '东莞市/测试局/测试',
    keywords: ['测试', '收费'],
    department: departmentId,
    effectiveFrom: '2026-01-01T00:00:00.000Z',
    version: 1,
  };
}

/** POSTs a document with a token and returns its documentId, failing loudly otherwise. */
export async function createDocument(app: TestApp, token: string, plural: string, data: object, query = ''): Promise<string> {
  const response = await request(app.server).post(`/api/${plural}${query}`).set('Authorization', `Bearer ${token}`).send({ data });
  if (response.status !== 201) throw new Error(`POST /api/${plural} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.data.documentId as string;
}

/** Every stored row of a content type, drafts and all locales included. */
export async function rowCount(app: TestApp, uid: string): Promise<number> {
  return app.strapi.db.query(uid as never).count({});
}
