/**
 * content-schemas/README.md is documentation that is tested: its valid example publishes
 * without a message, and its malformed example gives exactly the report it shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatLintReport } from '../lint/format-report';
import { lintGuide } from '../lint/lint-guide';
import { fixtureContext, fixtureMatter } from './__fixtures__/fixture-matter';
import { buildPublication } from './build-publication';

const README = readFileSync(join(__dirname, '..', '..', '..', 'content-schemas', 'README.md'), 'utf8');

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

  it('its malformed example gives the report shown', () => {
    const matter = { ...fixtureMatter(), code: 'M01', acceptConditions: block('malformed').replace(/\n$/, '') };
    expect(formatLintReport(lintGuide(matter, context, 'zh-CN'))).toBe(block('report'));
  });
});
