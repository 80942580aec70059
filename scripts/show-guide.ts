/**
 * Show one sample matter in every channel (web, hotline, window, kiosk) in zh-CN and zh-HK,
 * then the lint report over all sample content.
 *
 *   npx tsx scripts/show-guide.ts [M01] [--html]
 *
 * Without --html the HTML channels are shown as their visible text; with it, as HTML.
 */
import { pageText } from '../src/markdown/html-tokens';
import { sampleContent } from '../src/domain/publication/__fixtures__/sample-content';
import {
  type ChannelPayload, type LintMessage, buildPublication, formatLintReport, lintGuides, lintKnowledgePoints,
  presentHotline, presentKiosk, presentWeb, presentWindow,
} from '../src/domain/publication';

const args = process.argv.slice(2);
const code = args.find((arg) => !arg.startsWith('--')) ?? 'M01';
const showHtml = args.includes('--html');

function body(payload: ChannelPayload): string {
  if (payload.channel === 'hotline') return payload.script;
  return showHtml ? payload.html : pageText(payload.html);
}

function showMatter(): number {
  let shown = 0;
  for (const set of sampleContent().filter((s) => s.locale !== 'en')) {
    const matter = set.matters.find((m) => m.code === code);
    if (!matter) continue;
    const result = buildPublication(matter, set.locale, set.context);
    if (!result.ok) {
      process.stdout.write(`${code} (${set.locale}) does not publish:\n${formatLintReport(result.errors)}\n`);
      continue;
    }
    const p = result.publication;
    for (const payload of [presentWeb(p), presentHotline(p), presentWindow(p), presentKiosk(p)]) {
      process.stdout.write(`\n═══ ${code} · ${set.locale} · ${payload.channel} · v${payload.version} · ${payload.contentHash.slice(0, 12)} ═══\n`);
      process.stdout.write(`${body(payload)}\n`);
    }
    shown += 1;
  }
  return shown;
}

function lintAll(): LintMessage[] {
  return sampleContent().flatMap((set) => [
    ...lintGuides(set.matters, set.context, set.locale),
    ...lintKnowledgePoints(set.knowledgePoints, set.context, set.locale),
  ]);
}

if (showMatter() === 0) {
  process.stderr.write(`No sample matter with code ${code}.\n`);
  process.exitCode = 1;
}
process.stdout.write('\n═══ Lint report: all sample matters and knowledge points, all locales ═══\n');
process.stdout.write(formatLintReport(lintAll()));
