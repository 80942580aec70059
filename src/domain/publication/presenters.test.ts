import type { Matter } from '../guide';
import { auditHtml } from './__fixtures__/html-audit';
import { fixtureBundle } from './__fixtures__/fixture-bundle';
import { fixtureContext, fixtureKnowledgePoint, fixtureMatter } from './__fixtures__/fixture-matter';
import { buildBundlePublication } from './build-bundle';
import { buildKnowledgePointPublication } from './build-knowledge-point';
import { buildPublication } from './build-publication';
import { presentHotline } from './presenters/hotline';
import { presentKiosk } from './presenters/kiosk';
import { compareProjection } from './presenters/projection-text';
import { presentWeb } from './presenters/web';
import { presentWindow } from './presenters/window';
import { schemaProblems } from './schema-validator';
import type { MatterPublication } from './types';

function publish(matter: Matter = fixtureMatter(), locale: 'zh-CN' | 'zh-HK' | 'en' = 'zh-CN'): MatterPublication {
  const result = buildPublication(matter, locale, fixtureContext());
  if (!result.ok) throw new Error(result.errors.map((e) => e.reason).join('; '));
  return result.publication;
}

const presenters = { web: presentWeb, hotline: presentHotline, window: presentWindow, kiosk: presentKiosk };

describe.each(['zh-CN', 'zh-HK', 'en'] as const)('presenters (%s)', (locale) => {
  const publication = publish(fixtureMatter(), locale);

  it.each(Object.entries(presenters))('%s: validates, names its Publication, shows the same words', (channel, present) => {
    const payload = present(publication);
    expect(schemaProblems(channel as 'web', payload)).toEqual([]);
    expect(payload).toMatchObject({ channel, code: 'T01', locale, version: 2, contentHash: publication.contentHash });
    expect(compareProjection(publication, payload)).toEqual([]);
    expect(Object.isFrozen(payload)).toBe(true);
  });

  it.each(['web', 'window', 'kiosk'] as const)('%s: HTML passes the audit', (channel) => {
    const payload = presenters[channel](publication);
    expect(auditHtml(payload.html)).toEqual([]);
  });
});

describe('web', () => {
  const html = presentWeb(publish()).html;

  it('shows a plain note inline, described to assistive technology', () => {
    expect(html).toContain('<dfn aria-describedby="ty-note-1">不动产权证书</dfn><span id="ty-note-1" class="plain-note" role="note">（就是常说的房产证）</span>');
  });

  it('links sample and blank forms', () => {
    expect(html).toContain('<a href="/uploads/t01-application-sample.pdf" class="link-sample">查看填写样例</a>');
    expect(html).toContain('<a href="/uploads/t01-application-blank.pdf" class="link-blank">下载空白表格</a>');
  });

  it('projects a knowledge point too', () => {
    const result = buildKnowledgePointPublication(fixtureKnowledgePoint(), 'zh-CN', fixtureContext());
    if (!result.ok) throw new Error('fixture knowledge point must build');
    for (const present of [presentWeb, presentHotline]) expect(compareProjection(result.publication, present(result.publication))).toEqual([]);
  });
});

describe('hotline', () => {
  const payload = presentHotline(publish());

  it('reads the official wording first and the plain version after it, in every section', () => {
    for (const section of payload.sections) {
      const kinds = section.lines.map((line) => line.kind);
      const firstPlain = kinds.indexOf('plain');
      if (firstPlain >= 0) expect(kinds.slice(firstPlain).every((kind) => kind === 'plain')).toBe(true);
    }
  });

  it('numbers materials and spells out time limits and fees as sentences', () => {
    expect(payload.script).toContain('1. 居民身份证（必要；原件和复印件；原件1份，复印件2份）');
    expect(payload.script).toContain('承诺办结时限：5个工作日');
    expect(payload.script).toContain('1. 工本费，收费标准：每证20元');
    expect(payload.script).toContain('白话：身份证要带原件。');
  });
});

describe('window', () => {
  const html = presentWindow(publish()).html;

  it('prints an A4 one-time notice followed by the intake checklist with tick boxes', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html.indexOf('一次性告知单')).toBeLessThan(html.indexOf('收件清单'));
    expect(html.match(/<span class="box" aria-hidden="true"><\/span>/g)).toHaveLength(3);
  });
});

describe('kiosk', () => {
  it('uses large print and high contrast, plain summary first', () => {
    const html = presentKiosk(publish()).html;
    expect(html).toContain('font-size: 28px');
    expect(html).toContain('color: #ffeb00');
    expect(html.indexOf('data-element="plainSummary"')).toBeLessThan(html.indexOf('data-element="acceptConditions"'));
  });
});

describe.each(['zh-CN', 'zh-HK', 'en'] as const)('presenters, bundle (%s)', (locale) => {
  const result = buildBundlePublication(fixtureBundle(), locale, fixtureContext());
  if (!result.ok) throw new Error('fixture bundle must build');
  const publication = result.publication;

  it.each(Object.entries(presenters))('%s: validates, names its Publication, shows the same words', (channel, present) => {
    const payload = present(publication);
    expect(schemaProblems(channel as 'web', payload)).toEqual([]);
    expect(payload).toMatchObject({ channel, kind: 'bundle', code: 'TB1', locale, contentHash: publication.contentHash });
    expect(payload).not.toHaveProperty('version');
    expect(compareProjection(publication, payload)).toEqual([]);
  });

  it.each(['web', 'window', 'kiosk'] as const)('%s: HTML passes the audit', (channel) => {
    expect(auditHtml(presenters[channel](publication).html)).toEqual([]);
  });
});

describe('bundle channels', () => {
  const result = buildBundlePublication(fixtureBundle(), 'zh-CN', fixtureContext());
  if (!result.ok) throw new Error('fixture bundle must build');
  const publication = result.publication;

  it('web links the guide of a member that is one of our matters', () => {
    expect(presentWeb(publication).html).toContain('<dd data-element="members.2.guide"><a href="/matters/T01" class="link-external">测试许可事项</a></dd>');
  });

  it('hotline reads what it covers, the order, the materials to bring once, the time and where', () => {
    const { script, sections } = presentHotline(publication);
    expect(sections.map((s) => s.id)).toEqual(['summary', 'conditions', 'members', 'materials', 'time-limits', 'locations', 'contact']);
    expect(script).toContain('3. 测试登记（自愿选择办理）\n办理顺序：在「测试证明签发」和「测试许可」之后办理');
    expect(script).toContain('请准备以下材料，全程只交一次：\n1. 联办申请表\n提供方式：申请人提供');
    expect(script).toContain('3. 测试证明\n提供方式：由前序事项生成（测试证明签发）');
    expect(script).toContain('承诺办结时限：7个工作日');
    expect(script).toContain('网办地址：https://www.gdzwfw.gov.cn/tb1');
  });

  it('window prints the one-time notice of the whole bundle and one tick box per material, once', () => {
    const html = presentWindow(publication).html;
    expect(html.indexOf('一次性告知单')).toBeLessThan(html.indexOf('收件清单'));
    expect(html.match(/<span class="box" aria-hidden="true"><\/span>/g)).toHaveLength(publication.materialPlan.length);
    expect(html.match(/data-element="materialPlan\.resident-id-card\.name"/g)).toHaveLength(2);
  });

  it('kiosk shows what the bundle covers right after its name, in large print', () => {
    const html = presentKiosk(publication).html;
    expect(html).toContain('font-size: 28px');
    expect(html.indexOf('data-element="name"')).toBeLessThan(html.indexOf('data-element="summary"'));
    expect(html.indexOf('data-element="summary"')).toBeLessThan(html.indexOf('data-element="conditions"'));
  });
});
