/**
 * Search quality: top-1 and top-3 hit rate of the configured engine (index built from the
 * sample content) and of the baseline (Strapi's REST `$containsi` filters), on the dev
 * questions and any other TSV given.
 *
 *   npx tsx scripts/eval-search.ts [more.tsv …]
 *
 * The engine is chosen like the app chooses it (MEILI_HOST set: Meilisearch, in an index of its
 * own; otherwise the embedded engine, in a temporary folder). Set EVAL_BASELINE=off to skip
 * booting Strapi. The dev questions measure; they are never copied into data or code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toHongKong } from '../src/domain/localize';
import { createAnalyzer } from '../src/search/analysis/analyzer';
import { createSearchEngine } from '../src/search/create-search-engine';
import { searchConfigFromEnv, type SearchConfig } from '../src/search/search-config';
import type { SearchEngine } from '../src/search/search-engine';
import { percent, rankOf, readQuestions, tally, type EvalQuestion, type Ranked, type Score } from './bench/search/eval-questions';
import { documentsOf, sampleContent, vocabularyOf } from './bench/search/sample-documents';
import { startBaseline, type Baseline } from './bench/search/strapi-baseline';

const ROOT = path.resolve(__dirname, '..');
const DEV_QUESTIONS = path.join(ROOT, '..', 'shared', 'eval', 'dev-hotline-questions.tsv');

type Outcome = { question: EvalQuestion; engine: number; baseline?: number; top3: string[] };

async function startEngine(): Promise<{ engine: SearchEngine; config: SearchConfig; cleanup(): void }> {
  const configured = searchConfigFromEnv();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-eval-index-'));
  const config: SearchConfig = configured.engine === 'meilisearch' ? { ...configured, indexUid: `${configured.indexUid}-eval` } : { engine: 'embedded', dataDir };
  const hongKong = {
    ...sampleContent,
    matters: sampleContent.matters.map((m) => toHongKong('matter', m)),
    bundles: sampleContent.bundles.map((b) => toHongKong('bundle', b)),
    knowledgePoints: sampleContent.knowledgePoints.map((k) => toHongKong('knowledge-point', k)),
  };
  const engine = createSearchEngine(config, createAnalyzer(vocabularyOf(sampleContent)));
  await engine.open();
  await engine.reindex([...documentsOf(sampleContent, 'zh-CN'), ...documentsOf(hongKong, 'zh-HK')]);
  return { engine, config, cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }) };
}

async function engineRanking(engine: SearchEngine, question: string): Promise<Ranked[]> {
  const result = await engine.search({ text: question, locale: 'zh-CN', limit: 5 });
  return result.hits.map((hit) => ({ type: hit.type, code: hit.code, kind: hit.kind }));
}

async function maybeBaseline(): Promise<Baseline | string> {
  if (process.env.EVAL_BASELINE === 'off') return 'skipped (EVAL_BASELINE=off)';
  try {
    return await startBaseline();
  } catch (error) {
    return `unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Pads to a display width (a Han character takes two columns). */
function pad(text: string, width: number): string {
  const used = [...text].reduce((sum, char) => sum + (char.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(1, width - used));
}

function printTable(outcomes: readonly Outcome[], hasBaseline: boolean): void {
  const mark = (rank: number | undefined) => {
    if (rank === undefined) return ' ';
    if (rank === 0) return '1';
    return rank > 0 && rank < 3 ? String(rank + 1) : '-';
  };
  console.log(`\n${pad('question', 38)}${pad('expected', 18)}engine ${hasBaseline ? 'baseline ' : ''} engine top 3`);
  for (const o of outcomes) {
    const cells = [pad(o.question.question, 38), pad(o.question.expectedKp, 18), pad(mark(o.engine), 7)];
    if (hasBaseline) cells.push(pad(mark(o.baseline), 9));
    console.log(`${cells.join('')} ${o.top3.join(' ')}`);
  }
}

function printSummary(file: string, outcomes: readonly Outcome[], engineName: string, hasBaseline: boolean): void {
  const rows = outcomes.filter((o) => o.question.file === file);
  const engine = rows.reduce<Score>((s, o) => tally(s, o.engine), { questions: 0, top1: 0, top3: 0 });
  const base = rows.reduce<Score>((s, o) => tally(s, o.baseline ?? -1), { questions: 0, top1: 0, top3: 0 });
  console.log(`\n${path.relative(ROOT, file)} (${engine.questions} questions)`);
  console.log(`  ${engineName.padEnd(22)} top-1 ${percent(engine.top1, engine.questions).padStart(6)}  top-3 ${percent(engine.top3, engine.questions).padStart(6)}`);
  if (!hasBaseline) return;
  console.log(`  ${'baseline (Strapi REST)'.padEnd(22)} top-1 ${percent(base.top1, base.questions).padStart(6)}  top-3 ${percent(base.top3, base.questions).padStart(6)}`);
  const ratio = (a: number, b: number) => (b === 0 ? `∞ (baseline ${a === 0 ? 'and engine ' : ''}0)` : `${(a / b).toFixed(1)}×`);
  console.log(`  engine / baseline      top-1 ${ratio(engine.top1, base.top1)}  top-3 ${ratio(engine.top3, base.top3)}`);
}

async function main(): Promise<void> {
  const files = [DEV_QUESTIONS, ...process.argv.slice(2).map((file) => path.resolve(file))];
  const questions = files.flatMap(readQuestions);
  const { engine, config, cleanup } = await startEngine();
  const baseline = await maybeBaseline();
  const hasBaseline = typeof baseline !== 'string';
  if (!hasBaseline) console.log(`baseline ${baseline}`);
  const outcomes: Outcome[] = [];
  try {
    for (const question of questions) {
      const ranked = await engineRanking(engine, question.question);
      const base = hasBaseline ? rankOf(question, await baseline.search(question.question)) : undefined;
      outcomes.push({ question, engine: rankOf(question, ranked), baseline: base, top3: ranked.slice(0, 3).map((r) => (r.type === 'knowledgePoint' ? r.code : `(${r.code})`)) });
    }
  } finally {
    await engine.close();
    if (hasBaseline) await baseline.stop();
    cleanup();
  }
  printTable(outcomes, hasBaseline);
  for (const file of files) printSummary(file, outcomes, `engine (${config.engine})`, hasBaseline);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
