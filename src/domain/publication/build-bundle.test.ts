import type { Bundle } from '../guide';
import { fixtureBundle } from './__fixtures__/fixture-bundle';
import { fixtureContext } from './__fixtures__/fixture-matter';
import { sampleContent } from './__fixtures__/sample-content';
import { buildBundlePublication } from './build-bundle';
import type { BuildResult } from './build-result';
import type { GuideContext } from './context';
import { lintBundles } from './inspect-bundle';
import { publicationTextMap } from './publication-text';
import { RENDERER_VERSION, contentHashOf } from './seal';
import { schemaProblems } from './schema-validator';
import type { BundlePublication } from './types';

function built<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`build failed: ${result.errors.map((e) => `${e.element} ${e.reason}`).join('; ')}`);
  return result.publication;
}

const build = (bundle: Bundle = fixtureBundle(), locale: 'zh-CN' | 'zh-HK' | 'en' = 'zh-CN', context: GuideContext = fixtureContext()) =>
  built(buildBundlePublication(bundle, locale, context));

/** [ruleId, element] of every error a broken bundle gives. */
function errorsOf(change: (b: Bundle) => void): [string, string][] {
  const bundle = fixtureBundle();
  change(bundle);
  const result = buildBundlePublication(bundle, 'zh-CN', fixtureContext());
  expect(result).not.toHaveProperty('publication');
  return result.ok ? [] : result.errors.map((e) => [e.ruleId, e.element]);
}

describe('buildBundlePublication', () => {
  it('is deterministic, frozen, hashed and valid against publication.schema.json', () => {
    const p = build();
    expect(build()).toEqual(p);
    expect(p).toMatchObject({ kind: 'bundle', code: 'TB1', locale: 'zh-CN', rendererVersion: RENDERER_VERSION });
    expect(p.contentHash).toBe(contentHashOf(p));
    expect(Object.isFrozen(p.members[0].name.runs)).toBe(true);
    expect(schemaProblems('publication', p)).toEqual([]);
  });

  it('gives a new hash for a visible change and the same hash for a reordered input', () => {
    const reordered = fixtureBundle();
    reordered.members.reverse();
    reordered.members[2].dependsOn.reverse();
    expect(build(reordered).contentHash).toBe(build().contentHash);
    const changed = fixtureBundle();
    changed.materialPlan[0].usedBy = [1, 2];
    expect(build(changed).contentHash).not.toBe(build().contentHash);
  });

  it('lists members in order, with their dependencies in words and a link to a member matter\'s guide', () => {
    const p = build();
    const text = publicationTextMap(p);
    expect(p.members.map((m) => [m.order, m.dependsOn, m.optional, m.matter])).toEqual([[1, [], false, undefined], [2, [1], false, 'T01'], [3, [1, 2], true, undefined]]);
    expect(text.get('members.2.after')).toBe('在「测试证明签发」之后办理');
    expect(text.get('members.3.after')).toBe('在「测试证明签发」和「测试许可」之后办理');
    expect(text.has('members.1.after')).toBe(false);
    expect(text.get('members.3.optional')).toBe('自愿选择办理');
    expect(text.get('members.3.department')).toBe('东莞市协办局');
    expect(p.members[1].guide?.runs).toEqual([{ type: 'link', text: '测试许可事项', href: '/matters/T01', kind: 'external' }]);
    const linked = build(fixtureBundle(), 'zh-CN', fixtureContext({ matterUrl: (code) => `https://zwfw.dg.gov.cn/guides/${code}` }));
    expect(linked.members[1].guide?.runs[0]).toMatchObject({ href: 'https://zwfw.dg.gov.cn/guides/T01' });
  });

  it('plans each material once, with who provides it and which members use it', () => {
    const p = build();
    const text = publicationTextMap(p);
    expect(p.materialPlan.map((m) => [m.sharedKey, m.providedBy.code, m.usedBy])).toEqual([
      ['resident-id-card', 'eCertificate', [1, 2, 3]],
      ['test-certificate', 'generatedByMember', [2, 3]],
      ['application', 'applicant', [2]],
      ['allowance-status', 'dataSharing', [3]],
    ]);
    expect(text.get('materialPlan.test-certificate.providedBy')).toBe('由前序事项生成（测试证明签发）');
    expect(text.get('materialPlan.resident-id-card.providedBy')).toBe('电子证照调取');
    expect(text.get('materialPlan.resident-id-card.usedIn')).toBe('全部事项');
    expect(text.get('materialPlan.test-certificate.usedIn')).toBe('「测试许可」和「测试登记」');
    expect(text.get('materialPlan.application.note')).toBe('一表申请，填写一次。');
  });

  it('resolves departments, time limit, texts, locations and contact', () => {
    const p = build();
    const text = publicationTextMap(p);
    expect([text.get('leadDepartment.name'), text.get('coDepartments.1')]).toEqual(['东莞市测试局', '东莞市协办局']);
    expect([text.get('timeLimits.promised'), text.get('timeLimits.promisedNote')]).toEqual(['7个工作日', '不含公示时间。']);
    expect(p.timeLimits.promised).toMatchObject({ value: 7, unit: 'workingDays' });
    expect(text.get('summary')).toContain('不动产权证书（就是常说的房产证）');
    expect(p.conditions.blocks[1]).toMatchObject({ type: 'list' });
    expect(JSON.stringify(p.conditions)).toContain('"href":"/service-locations/LOC-A"');
    expect(p.locations.map((l) => l.code)).toEqual(['LOC-A', 'LOC-B']);
    expect(p.onlineUrl?.runs).toEqual([{ type: 'link', text: 'https://www.gdzwfw.gov.cn/tb1', href: 'https://www.gdzwfw.gov.cn/tb1', kind: 'online' }]);
    expect(text.get('contact.consultPhone')).toBe('0769-12345');
  });

  it('words the order, the provider and the time in the locale', () => {
    const hk = publicationTextMap(build(fixtureBundle(), 'zh-HK'));
    const en = publicationTextMap(build(fixtureBundle(), 'en'));
    expect([hk.get('members.2.after'), en.get('members.3.after')]).toEqual(['在「测试证明签发」之後辦理', 'After “测试证明签发” and “测试许可”']);
    expect([hk.get('materialPlan.test-certificate.providedBy'), en.get('materialPlan.application.providedBy')]).toEqual(['由前序事項生成（测试证明签发）', 'Provided by the applicant']);
    expect([hk.get('timeLimits.promised'), en.get('timeLimits.promised'), en.get('materialPlan.resident-id-card.usedIn')]).toEqual(['7個工作日', '7 working days', 'Every service in this bundle']);
  });
});

describe('bundle lint', () => {
  it('refuses a member matter that does not exist', () => {
    expect(errorsOf((b) => { b.members[2].matter = 'M99'; })).toEqual([['dangling-reference', 'members.2.guide']]);
  });

  it('refuses a dependency on a member that does not exist, on itself or on a later member (a cycle)', () => {
    expect(errorsOf((b) => { b.members[0].dependsOn = [9]; })).toEqual([['dangling-reference', 'members.3.after']]);
    expect(errorsOf((b) => { b.members[1].dependsOn = [1]; })).toEqual([['dangling-reference', 'members.1.after']]);
    expect(errorsOf((b) => { b.members[1].dependsOn = [3]; })).toEqual([['dangling-reference', 'members.1.after']]);
  });

  it('refuses a planned material produced by, or used by, a member that does not exist', () => {
    expect(errorsOf((b) => { b.materialPlan[1].generatedBy = 7; })).toEqual([['dangling-reference', 'materialPlan.test-certificate.providedBy']]);
    expect(errorsOf((b) => { delete b.materialPlan[1].generatedBy; })).toEqual([['dangling-reference', 'materialPlan.test-certificate.providedBy']]);
    expect(errorsOf((b) => { b.materialPlan[2].usedBy = [2, 8]; })).toEqual([['dangling-reference', 'materialPlan.application.usedIn']]);
  });

  it('refuses vague catch-alls in the conditions and in material names', () => {
    const bundle = { ...fixtureBundle(), conditions: '东莞户籍，并带齐相关材料。' };
    const result = buildBundlePublication(bundle, 'zh-CN', fixtureContext());
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({
      ruleId: 'no-vague-catch-all', subject: 'TB1', locale: 'zh-CN', element: 'conditions', line: 1, column: 9,
    })]);
    expect(errorsOf((b) => { b.materialPlan[2].name = '其他材料'; })).toEqual([['no-vague-catch-all', 'materialPlan.application.name']]);
  });

  it('refuses unknown departments and locations, repeated keys and unsafe URLs', () => {
    expect(errorsOf((b) => {
      b.coDepartments = ['DG-NONE'];
      b.locations = ['LOC-A', 'LOC-A', 'LOC-Z'];
      b.materialPlan[3].sharedKey = 'application';
      b.onlineUrl = 'javascript:alert(1)';
    }).sort()).toEqual([
      ['dangling-reference', 'coDepartments.1'], ['dangling-reference', 'locations'],
      ['safe-url', 'onlineUrl'], ['unique-key', 'locations'], ['unique-key', 'materialPlan.application.name'],
    ]);
  });

  it('passes every sample bundle in every locale it exists in', () => {
    const sets = sampleContent().filter((set) => set.bundles.length > 0);
    expect(sets.map((set) => set.locale)).toEqual(['zh-CN', 'zh-HK']);
    for (const set of sets) expect(lintBundles(set.bundles, set.context, set.locale)).toEqual([]);
  });
});
