import type { Matter } from '../guide';
import { auditHtml } from './__fixtures__/html-audit';
import { fixtureContext, fixtureKnowledgePoint, fixtureMatter } from './__fixtures__/fixture-matter';
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
