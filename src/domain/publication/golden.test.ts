/**
 * Golden files: for every sample matter, bundle (一件事) and knowledge point in every locale it
 * exists in, the input, the Publication and each projection, compared byte for byte with
 * __fixtures__/golden/; every projection shows the words of its Publication. Output
 * changes only on purpose: `UPDATE_GOLDEN=1 npx jest src/domain/publication/golden` rewrites
 * them (and the examples in content-schemas/), to be reviewed as a diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleContent } from './__fixtures__/sample-content';
import { buildBundlePublication } from './build-bundle';
import { buildKnowledgePointPublication } from './build-knowledge-point';
import { buildPublication } from './build-publication';
import type { BuildResult } from './build-result';
import { presentHotline } from './presenters/hotline';
import { presentKiosk } from './presenters/kiosk';
import { compareProjection } from './presenters/projection-text';
import { presentWeb } from './presenters/web';
import { presentWindow } from './presenters/window';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN = join(__dirname, '__fixtures__', 'golden');
const SCHEMAS = join(__dirname, '..', '..', '..', 'content-schemas');
/** The sample used as the realistic example of each schema. */
const EXAMPLE = { matter: 'M01', bundle: 'B1', point: 'KP-M01-FEE', locale: 'zh-CN' };

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function golden(file: string, actual: string): void {
  const path = join(GOLDEN, file);
  if (UPDATE) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function example(path: string, value: unknown): void {
  if (UPDATE) writeFileSync(join(SCHEMAS, path), json(value));
}

function publication<T>(code: string, result: BuildResult<T>): T {
  if (!result.ok) throw new Error(`${code} does not build: ${result.errors.map((e) => `${e.element} ${e.reason}`).join('; ')}`);
  return result.publication;
}

const sets = sampleContent();

describe.each(sets.map((set) => [set.locale, set] as const))('golden (%s)', (locale, set) => {
  it.each(set.matters.map((m) => [m.code, m] as const))('matter %s', (code, matter) => {
    const p = publication(code, buildPublication(matter, locale, set.context));
    const base = `${locale}/${code}`;
    const payloads = { web: presentWeb(p), hotline: presentHotline(p), window: presentWindow(p), kiosk: presentKiosk(p) };
    golden(`${base}.input.json`, json(matter));
    golden(`${base}.publication.json`, json(p));
    golden(`${base}.web.html`, `${payloads.web.html}\n`);
    golden(`${base}.hotline.txt`, payloads.hotline.script);
    golden(`${base}.window.html`, `${payloads.window.html}\n`);
    golden(`${base}.kiosk.html`, `${payloads.kiosk.html}\n`);
    for (const payload of Object.values(payloads)) expect(compareProjection(p, payload)).toEqual([]);
    if (code === EXAMPLE.matter && locale === EXAMPLE.locale) {
      example(`examples/publication.matter.${code}.${locale}.json`, p);
      for (const payload of Object.values(payloads)) example(`channels/examples/${payload.channel}.matter.${code}.${locale}.json`, payload);
    }
  });

  it.each(set.knowledgePoints.map((k) => [k.code, k] as const))('knowledge point %s', (code, point) => {
    const p = publication(code, buildKnowledgePointPublication(point, locale, set.context));
    const web = presentWeb(p);
    const hotline = presentHotline(p);
    golden(`${locale}/knowledge-points/${code}.publication.json`, json(p));
    golden(`${locale}/knowledge-points/${code}.hotline.txt`, hotline.script);
    expect(compareProjection(p, web)).toEqual([]);
    expect(compareProjection(p, hotline)).toEqual([]);
    if (code === EXAMPLE.point && locale === EXAMPLE.locale) {
      example(`examples/publication.knowledge-point.${code}.${locale}.json`, p);
      example(`channels/examples/hotline.knowledge-point.${code}.${locale}.json`, hotline);
      example(`channels/examples/web.knowledge-point.${code}.${locale}.json`, web);
    }
  });
});

// Bundles exist in zh-CN and zh-HK; the English sample has none yet.
const bundleSets = sets.filter((set) => set.bundles.length > 0);

describe.each(bundleSets.map((set) => [set.locale, set] as const))('golden bundles (%s)', (locale, set) => {
  it.each(set.bundles.map((b) => [b.code, b] as const))('bundle %s', (code, bundle) => {
    const p = publication(code, buildBundlePublication(bundle, locale, set.context));
    const base = `${locale}/bundles/${code}`;
    const payloads = { web: presentWeb(p), hotline: presentHotline(p), window: presentWindow(p), kiosk: presentKiosk(p) };
    golden(`${base}.input.json`, json(bundle));
    golden(`${base}.publication.json`, json(p));
    golden(`${base}.web.html`, `${payloads.web.html}\n`);
    golden(`${base}.hotline.txt`, payloads.hotline.script);
    golden(`${base}.window.html`, `${payloads.window.html}\n`);
    golden(`${base}.kiosk.html`, `${payloads.kiosk.html}\n`);
    for (const payload of Object.values(payloads)) expect(compareProjection(p, payload)).toEqual([]);
    if (code === EXAMPLE.bundle && locale === EXAMPLE.locale) {
      example(`examples/publication.bundle.${code}.${locale}.json`, p);
      for (const payload of Object.values(payloads)) example(`channels/examples/${payload.channel}.bundle.${code}.${locale}.json`, payload);
    }
  });
});

it('covers the sample bundles B1–B3 in every locale they exist in', () => {
  const codes = (locale: string) => sets.find((set) => set.locale === locale)?.bundles.map((b) => b.code);
  expect(bundleSets.map((set) => set.locale)).toEqual(['zh-CN', 'zh-HK']);
  expect([codes('zh-CN'), codes('zh-HK')]).toEqual([['B1', 'B2', 'B3'], ['B1', 'B2', 'B3']]);
});
