import type { Matter } from '../guide';
import { fixtureContext, fixtureKnowledgePoint, fixtureMatter } from './__fixtures__/fixture-matter';
import { buildKnowledgePointPublication } from './build-knowledge-point';
import { buildPublication } from './build-publication';
import type { BuildResult } from './build-result';
import { publicationTextMap } from './publication-text';
import { RENDERER_VERSION, contentHashOf } from './seal';
import { schemaProblems } from './schema-validator';
import type { KnowledgePointPublication, MatterPublication } from './types';

function built<T>(result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`build failed: ${result.errors.map((e) => e.reason).join('; ')}`);
  return result.publication;
}

const build = (matter: Matter = fixtureMatter(), locale: 'zh-CN' | 'zh-HK' | 'en' = 'zh-CN') =>
  built(buildPublication(matter, locale, fixtureContext()));

describe('buildPublication', () => {
  it('is deterministic: same input, same Publication and hash', () => {
    const a = build();
    const b = build();
    expect(a).toEqual(b);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.contentHash).toBe(contentHashOf(a));
    expect(a.rendererVersion).toBe(RENDERER_VERSION);
  });

  it('gives a new hash for any visible change, however small', () => {
    const base = build().contentHash;
    const changes: ((m: Matter) => void)[] = [
      (m) => { m.plainSummary += '。'; },
      (m) => { m.materials[1].copiesCopy = 3; },
      (m) => { m.acceptConditions = m.acceptConditions.replace('就是常说的房产证', '即房产证'); },
      (m) => { m.faqs[0].order = 2; m.faqs.push({ order: 1, question: '新问题？', answer: '新答案。' }); },
    ];
    const hashes = changes.map((change) => {
      const matter = fixtureMatter();
      change(matter);
      return build(matter).contentHash;
    });
    expect(new Set([base, ...hashes]).size).toBe(hashes.length + 1);
  });

  it('ignores what readers cannot see (owners, input order of equal data)', () => {
    const matter = fixtureMatter();
    matter.owners = [{ role: '审核', name: '王五', phone: '0769-22229999' }];
    matter.materials.reverse();
    expect(build(matter).contentHash).toBe(build().contentHash);
  });

  it('returns a frozen Publication that validates against publication.schema.json', () => {
    const publication = build();
    expect(Object.isFrozen(publication)).toBe(true);
    expect(Object.isFrozen(publication.materials[0].name.runs)).toBe(true);
    expect(schemaProblems('publication', publication)).toEqual([]);
  });

  it('orders materials, fees, steps and FAQs', () => {
    const p = build();
    expect(p.materials.map((m) => m.key)).toEqual(['id-card', 'application', 'lease']);
    expect(p.fees.items.map((f) => f.name.runs)).toEqual([[{ type: 'text', value: '工本费' }], [{ type: 'text', value: '补证费' }]]);
    expect(p.steps.offline.map((s) => s.name.id)).toEqual([1, 2, 3, 4, 5].map((n) => `steps.offline.${n}.name`));
  });

  it('resolves directives, relations and asset URLs', () => {
    const p = built(buildPublication(fixtureMatter(), 'zh-CN', fixtureContext({ assetUrl: (url) => `https://cdn.example.cn${url}` })));
    expect(p.conditions.accept.blocks[1]).toMatchObject({ type: 'list', items: [
      [{ runs: [{ type: 'text', value: '持有 ' }, { type: 'term', text: '不动产权证书', plain: '就是常说的房产证' }, { type: 'text', value: '；' }] }],
      [{ runs: [{ type: 'text', value: '在 ' }, { type: 'link', text: '市民服务中心', href: '/service-locations/LOC-A', kind: 'location' }, { type: 'text', value: ' 提交。' }] }],
    ] });
    const application = p.materials.find((m) => m.key === 'application');
    expect(application?.sample?.runs).toEqual([{ type: 'link', text: '申请表（填写样例）', href: 'https://cdn.example.cn/uploads/t01-application-sample.pdf', kind: 'sample' }]);
    expect(p.department.name.runs).toEqual([{ type: 'text', value: '东莞市测试局' }]);
    expect(p.locations.map((l) => l.code)).toEqual(['LOC-A', 'LOC-B']);
    expect(p.jointDepartments[0].runs).toEqual([{ type: 'text', value: '东莞市协办局' }]);
  });

  it('words values and labels in the locale', () => {
    const text = (p: MatterPublication) => publicationTextMap(p);
    const zh = text(build());
    const hk = text(build(fixtureMatter(), 'zh-HK'));
    const en = text(build(fixtureMatter(), 'en'));
    expect([zh.get('timeLimits.promised'), hk.get('timeLimits.promised'), en.get('timeLimits.promised')]).toEqual(['5个工作日', '5個工作日', '5 working days']);
    expect([zh.get('materials.id-card.copies'), hk.get('materials.id-card.copies'), en.get('materials.id-card.copies')]).toEqual(['原件1份，复印件2份', '原件1份，複印件2份', '1 original, 2 copies']);
    expect([zh.get('materials.lease.necessity'), hk.get('materials.lease.necessity'), en.get('materials.lease.necessity')]).toEqual(['容缺后补', '容缺後補', 'May be supplied later']);
    expect(en.get('acceptConditions')).toContain('不动产权证书 (就是常说的房产证)');
  });

  it('returns the errors instead of a Publication when lint finds any', () => {
    const matter = { ...fixtureMatter(), acceptConditions: '带齐相关材料。', faqs: [] };
    const result = buildPublication(matter, 'zh-CN', fixtureContext());
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('publication');
    if (!result.ok) expect(result.errors.map((e) => e.ruleId).sort()).toEqual(['licensing-faq', 'no-vague-catch-all']);
  });

  it('publishes with warnings and reports them', () => {
    const matter = { ...fixtureMatter(), acceptConditions: '持有不动产权证书。' };
    const result = buildPublication(matter, 'zh-CN', fixtureContext());
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.ruleId)).toEqual(['jargon-plain-note']);
  });
});

describe('buildKnowledgePointPublication', () => {
  const buildPoint = () => built(buildKnowledgePointPublication(fixtureKnowledgePoint(), 'zh-CN', fixtureContext()));

  it('holds question, answer, plain answer, matter link, dates and version', () => {
    const p: KnowledgePointPublication = buildPoint();
    expect(p).toMatchObject({ kind: 'knowledge-point', code: 'KP-T01-TIME', version: 1, effectiveFrom: '2026-01-01T00:00:00+08:00', matter: { code: 'T01' } });
    const text = publicationTextMap(p);
    expect(text.get('question')).toBe('测试许可多久能办好？');
    expect(text.get('answer')).toBe('承诺 5个工作日 办结；申请表可 查看填写样例。');
    expect(text.get('plainAnswer')).toBe('一般5个工作日。');
    expect(text.get('matter.title')).toBe('测试许可事项');
    expect(schemaProblems('publication', p)).toEqual([]);
    expect(buildPoint().contentHash).toBe(p.contentHash);
  });

  it('fails on a dangling matter or form reference', () => {
    const point = { ...fixtureKnowledgePoint(), matter: 'T99' };
    const result = buildKnowledgePointPublication(point, 'zh-CN', fixtureContext());
    expect(result.ok ? [] : result.errors.map((e) => [e.ruleId, e.element])).toEqual([
      ['dangling-reference', 'answer'],
      ['dangling-reference', 'matter'],
    ]);
  });
});
