import type { Matter } from '../guide';
import { fixtureContext, fixtureMatter } from '../publication/__fixtures__/fixture-matter';
import { lintGuide, lintGuides } from './lint-guide';
import { type LintMessage, RULES, type RuleId } from './lint-message';

type Case = { name: string; change: (m: Matter) => Matter; element?: string };

const edit = (patch: Partial<Matter>) => (m: Matter): Matter => ({ ...m, ...patch });
const conditions = (text: string) => edit({ acceptConditions: text });

/** For every rule: inputs that must not trigger it (ok) and inputs that must (notOk). */
const CASES: Record<RuleId, { ok: Case[]; notOk: Case[] }> = {
  'directive-syntax': {
    ok: [{ name: 'times and bare words are text', change: conditions('周一至周五 9:00-12:00，Note:see 说明。') }],
    notOk: [
      { name: 'unknown directive', change: conditions('请 :foo[x]{a="b"} 办理'), element: 'acceptConditions' },
      { name: 'missing attribute', change: conditions(':term[不动产权证书] 是什么') },
      { name: 'missing label', change: conditions(':term{plain="房产证"} 是什么') },
      { name: 'bare known name', change: conditions('请看 :sample 这里') },
      { name: 'leaf directive', change: conditions('::term[x]{plain="y"}') },
      { name: 'container directive', change: conditions(':::note\n内容\n:::') },
    ],
  },
  'directive-attribute': {
    ok: [{ name: 'only the expected attribute', change: conditions(':term[不动产权证书]{plain="房产证"}') }],
    notOk: [{ name: 'extra attribute', change: conditions(':term[不动产权证书]{plain="房产证" onclick="x"}') }],
  },
  'no-raw-html': {
    ok: [{ name: 'markdown only', change: conditions('**必须** 本人办理。') }],
    notOk: [{ name: 'inline html', change: conditions('本人<b>办理</b>。') }],
  },
  'no-image': {
    ok: [{ name: 'no image', change: conditions('本人办理。') }],
    notOk: [{ name: 'image', change: conditions('看图 ![样表](/x.png)') }],
  },
  'safe-link': {
    ok: [{ name: 'https link', change: conditions('见 [网站](https://www.gdzwfw.gov.cn)。') }],
    notOk: [{ name: 'javascript link', change: conditions('见 [网站](javascript:alert(1))。') }],
  },
  'no-vague-catch-all': {
    ok: [{ name: 'every material named', change: conditions('带身份证和户口簿。') }],
    notOk: [
      { name: 'catch-all in conditions', change: conditions('带身份证等材料。'), element: 'acceptConditions' },
      { name: 'catch-all material name', change: (m) => ({ ...m, materials: [...m.materials, { key: 'other', name: '其他材料', order: 9, necessity: '非必要' }] }), element: 'materials.other.name' },
    ],
  },
  'jargon-plain-note': {
    ok: [
      { name: 'term explained', change: conditions('持有 :term[不动产权证书]{plain="房产证"}。') },
      { name: 'not high frequency', change: (m) => ({ ...m, highFrequency: false, acceptConditions: '持有不动产权证书。' }) },
    ],
    notOk: [{ name: 'term without note', change: conditions('持有不动产权证书。') }],
  },
  'dangling-reference': {
    ok: [{ name: 'references resolve', change: (m) => m }],
    notOk: [
      { name: 'unknown material', change: conditions(':sample[样例]{material="nope"}') },
      { name: 'material without that form', change: conditions(':blank[空表]{material="id-card"}') },
      { name: 'unknown location in text', change: conditions(':location[某地]{code="LOC-X"}') },
      { name: 'unknown location', change: edit({ locations: ['LOC-A', 'LOC-X'] }), element: 'locations' },
      { name: 'unknown department', change: edit({ department: 'DG-X' }), element: 'department' },
    ],
  },
  'required-text': {
    ok: [{ name: 'conditions present', change: (m) => m }],
    notOk: [{ name: 'blank conditions', change: conditions('  \n '), element: 'acceptConditions' }],
  },
  'unique-key': {
    ok: [{ name: 'unique keys', change: (m) => m }],
    notOk: [
      { name: 'duplicate material key', change: (m) => ({ ...m, materials: [...m.materials, { ...m.materials[0], order: 8 }] }) },
      { name: 'key not id-safe', change: (m) => ({ ...m, materials: [{ ...m.materials[1], key: 'ID card' }, m.materials[0], m.materials[2]] }) },
      { name: 'location twice', change: edit({ locations: ['LOC-A', 'LOC-A'] }) },
      { name: 'two plain notes for one element', change: (m) => ({ ...m, plainNotes: [...m.plainNotes, { element: 'materials', note: '又一条' }] }) },
    ],
  },
  'safe-url': {
    ok: [{ name: 'https urls', change: (m) => m }],
    notOk: [{ name: 'javascript url', change: edit({ onlineUrl: 'javascript:alert(1)' }), element: 'handling.onlineUrl' }],
  },
  'project-type-consistency': {
    ok: [{ name: '即办 with 即办件 and 即审即办', change: edit({ promisedTimeLimit: { value: 0, unit: '即办' }, projectType: '即办件', reviewType: '即审即办' }) }],
    notOk: [
      { name: '即办 with 承诺件', change: edit({ promisedTimeLimit: { value: 0, unit: '即办' } }), element: 'projectType' },
      { name: 'days with 即审即办', change: edit({ reviewType: '即审即办' }), element: 'reviewType' },
    ],
  },
  'result-type-by-name': {
    ok: [
      { name: '…证 is 出证办结', change: (m) => m },
      { name: '…批复 is 审批办结', change: edit({ resultName: '项目批复', resultType: '审批办结' }) },
    ],
    notOk: [
      { name: '…证 as 出文办结', change: edit({ resultType: '出文办结' }), element: 'result.type' },
      { name: '…文 as 出证办结', change: edit({ resultName: '决定文', resultType: '出证办结' }) },
    ],
  },
  'on-site-reason': {
    ok: [{ name: 'reason given', change: (m) => m }],
    notOk: [{ name: 'visits without reason', change: edit({ onSiteReason: '无' }), element: 'handling.onSiteReason' }],
  },
  'on-site-reason-none': {
    ok: [{ name: '0 visits, 无', change: edit({ onSiteVisits: 0, onSiteReason: '无' }) }],
    notOk: [{ name: '0 visits with a reason', change: edit({ onSiteVisits: 0 }) }],
  },
  'postal-when-no-visit': {
    ok: [{ name: 'offline with post', change: edit({ onSiteVisits: 0, onSiteReason: '无', isOnline: false, onlineDepth: undefined, onlineUrl: undefined, handlingModes: ['窗口办理', '邮寄申请'] }) }],
    notOk: [{ name: 'offline without post', change: edit({ onSiteVisits: 0, onSiteReason: '无', isOnline: false, onlineDepth: undefined, onlineUrl: undefined, handlingModes: ['窗口办理'] }) }],
  },
  'full-online-no-visit': {
    ok: [{ name: 'Ⅳ with 0 visits', change: edit({ onlineDepth: 'Ⅳ', onSiteVisits: 0, onSiteReason: '无' }) }],
    notOk: [{ name: 'Ⅳ with a visit', change: edit({ onlineDepth: 'Ⅳ' }) }],
  },
  'online-url': {
    ok: [{ name: 'online with url', change: (m) => m }],
    notOk: [
      { name: 'online without url', change: edit({ onlineUrl: undefined }) },
      { name: 'depth while offline', change: edit({ isOnline: false, onlineUrl: undefined }) },
    ],
  },
  'fee-complete': {
    ok: [{ name: 'basis and items', change: (m) => m }],
    notOk: [
      { name: 'no basis', change: edit({ feeBasis: ' ' }), element: 'fees.basis' },
      { name: 'no items', change: edit({ feeItems: [] }) },
      { name: 'item without standard', change: (m) => ({ ...m, feeItems: [{ ...m.feeItems[1], standard: '' }] }), element: 'fees.items.1.standard' },
    ],
  },
  'no-payment-when-free': {
    ok: [{ name: 'free, no payment', change: edit({ isCharged: false, onlinePayment: false, feeItems: [], feeBasis: undefined }) }],
    notOk: [{ name: 'free with online payment', change: edit({ isCharged: false, feeItems: [] }), element: 'fees.onlinePayment' }],
  },
  'contact-phones': {
    ok: [{ name: 'two 0769 numbers', change: (m) => m }],
    notOk: [
      { name: 'no area code', change: edit({ consult: { phone: '12345' } }), element: 'contact.consultPhone' },
      { name: 'same numbers', change: edit({ complaint: { phone: '0769 12345' } }), element: 'contact.complaintPhone' },
      { name: 'empty complaint phone', change: edit({ complaint: { phone: '' } }) },
    ],
  },
  'licensing-faq': {
    ok: [{ name: 'not licensing', change: edit({ taskType: '行政确认', faqs: [] }) }],
    notOk: [{ name: 'licensing without FAQ', change: edit({ faqs: [] }) }],
  },
  'licensing-steps': {
    ok: [{ name: 'five steps', change: (m) => m }],
    notOk: [{ name: 'four steps', change: (m) => ({ ...m, offlineSteps: m.offlineSteps.slice(0, 4) }), element: 'steps.offline' }],
  },
  'result-sample': {
    ok: [{ name: 'sample present', change: (m) => m }],
    notOk: [{ name: 'named result without sample', change: edit({ resultSample: undefined }) }],
  },
  'promised-within-legal': {
    ok: [{ name: '即办 promise', change: edit({ promisedTimeLimit: { value: 0, unit: '即办' }, projectType: '即办件', reviewType: '即审即办' }) }],
    notOk: [
      { name: 'promise longer', change: edit({ promisedTimeLimit: { value: 30, unit: '工作日' } }), element: 'timeLimits.promised' },
      { name: 'different units', change: edit({ promisedTimeLimit: { value: 5, unit: '自然日' } }) },
      { name: 'legal 即办, promise in days', change: edit({ legalTimeLimit: { value: 0, unit: '即办' } }) },
    ],
  },
};

function messagesOf(matter: Matter, ruleId: RuleId): LintMessage[] {
  return lintGuide(matter, fixtureContext(), 'zh-CN').filter((m) => m.ruleId === ruleId);
}

describe('guide lint', () => {
  it('passes the fixture matter without any message', () => {
    expect(lintGuide(fixtureMatter(), fixtureContext())).toEqual([]);
  });

  it('has ok and not-ok cases for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  describe.each(Object.entries(CASES) as [RuleId, (typeof CASES)[RuleId]][])('%s', (ruleId, cases) => {
    it.each(cases.ok.map((c) => [c.name, c] as const))('ok: %s', (_name, c) => {
      expect(messagesOf(c.change(fixtureMatter()), ruleId)).toEqual([]);
    });
    it.each(cases.notOk.map((c) => [c.name, c] as const))('not ok: %s', (_name, c) => {
      const messages = messagesOf(c.change(fixtureMatter()), ruleId);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message.reason).toMatch(/^Unexpected .+, expected .+/);
        expect(message.severity).toBe(RULES[ruleId]);
        expect(message).toMatchObject({ source: 'tongyuan-lint', subject: 'T01', locale: 'zh-CN' });
      }
      if (c.element) expect(messages.map((m) => m.element)).toContain(c.element);
    });
  });

  it('reports the line and column of a problem inside a Markdown field', () => {
    const matter = { ...fixtureMatter(), acceptConditions: '第一行。\n\n请带身份证等材料。' };
    const [message] = messagesOf(matter, 'no-vague-catch-all');
    expect(message).toMatchObject({ element: 'acceptConditions', line: 3, column: 6, endLine: 3, endColumn: 9 });
  });

  it('places a problem in a material field by the material key', () => {
    const matter = fixtureMatter();
    matter.materials[0] = { ...matter.materials[0], fillingInstructions: '附上相关材料。' };
    expect(messagesOf(matter, 'no-vague-catch-all')[0]).toMatchObject({ element: 'materials.application.fillingInstructions', line: 1, column: 3 });
  });

  it('lets a caller change a rule to error, warning or off', () => {
    const matter = { ...fixtureMatter(), acceptConditions: '持有不动产权证书。' };
    const context = (setting: 'error' | 'off') => fixtureContext({ lint: { rules: { 'jargon-plain-note': setting } } });
    expect(lintGuide(matter, context('error'))).toEqual([expect.objectContaining({ ruleId: 'jargon-plain-note', severity: 'error' })]);
    expect(lintGuide(matter, context('off'))).toEqual([]);
  });

  it('lints many matters, naming each as the subject', () => {
    const second = { ...fixtureMatter(), code: 'T02', faqs: [] };
    expect(lintGuides([fixtureMatter(), second], fixtureContext()).map((m) => [m.subject, m.ruleId])).toEqual([['T02', 'licensing-faq']]);
  });
});
