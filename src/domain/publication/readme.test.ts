/**
 * content-schemas/README.md is documentation that is tested: its valid example publishes
 * without a message, its malformed example gives exactly the report it shows, and its bundle
 * excerpt is word for word the example Publication of B1.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLintReport } from '../lint/format-report';
import { lintGuide } from '../lint/lint-guide';
import { fixtureContext, fixtureMatter } from './__fixtures__/fixture-matter';
import { buildPublication } from './build-publication';
import type { BundlePublication } from './types';

const SCHEMAS = join(__dirname, '..', '..', '..', 'content-schemas');
const README = readFileSync(join(SCHEMAS, 'README.md'), 'utf8');

function block(name: string): string {
  const match = new RegExp(`<!-- readme-example:${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!match) throw new Error(`README has no example ${name}`);
  return match[1];
}

describe('content-schemas/README.md', () => {
  const context = fixtureContext({
    locations: [...fixtureContext().locations, { code: 'LOC-SMFWZX', name: '东莞市民服务中心', kind: '政务服务中心', town: '南城街道', address: '鸿福路199号', hours: '9:00-17:30' }],
  });

  it('its valid example publishes without a message', () => {
    const matter = { ...fixtureMatter(), acceptConditions: block('valid') };
    const result = buildPublication(matter, 'zh-CN', context);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  it('its bundle example is an excerpt of the B1 example Publication', () => {
    const excerpt = JSON.parse(block('bundle')) as BundlePublication;
    const example = JSON.parse(readFileSync(join(SCHEMAS, 'examples', 'publication.bundle.B1.zh-CN.json'), 'utf8')) as BundlePublication;
    expect(example).toMatchObject({ kind: excerpt.kind, code: excerpt.code, locale: excerpt.locale, name: excerpt.name });
    for (const member of excerpt.members) expect(example.members).toContainEqual(member);
    for (const planned of excerpt.materialPlan) expect(example.materialPlan).toContainEqual(planned);
  });

  it('its malformed example gives the report shown', () => {
    const matter = { ...fixtureMatter(), code: 'M01', acceptConditions: block('malformed').replace(/\n$/, '') };
    expect(formatLintReport(lintGuide(matter, context, 'zh-CN'))).toBe(block('report'));
  });
});
