/**
 * The search bench through the real app: the compiled Strapi boots in this process on a
 * throwaway SQLite and search folder, listens on 127.0.0.1, gets the 53,500-document corpus in
 * its own engine and the 50,000 knowledge points in its own table; then GET /api/search and
 * the Strapi REST `$containsi` baseline are loaded with the same queries, 1 and 16 clients,
 * with a read-only API token. Prints the figures and writes them into docs/search.md.
 *
 *   npx tsc -p tsconfig.json && npx tsx scripts/bench/search/bench-app.ts [--seconds 10] [--no-docs] [--sqlite-wal]
 *
 * --sqlite-wal runs SQLite in WAL mode with synchronous=NORMAL (not the app's setting) and
 * only prints: the figures in docs/search.md are the app as configured.
 */
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { insertBaselineRows } from './app-baseline-rows';
import { sqliteSettings, startAppOnLoopback, useSqliteWal, type RunningApp } from './app-environment';
import { indexIntoApp, type IndexFigures } from './app-index';
import type { LoadResult } from './app-load';
import { collectGarbage, runLoad, sampleRss } from './app-measure';
import { writeAppReport, type Restart, type Sequential } from './app-report';
import { restartApp } from './app-restart';
import { generateCorpus } from './generate-corpus';
import { generateQueries } from './generate-queries';
import { percentiles } from './measure';
import { baselinePath } from './strapi-baseline';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const mb = (bytes: number) => Math.round(bytes / 1e6);
const searchPath = (text: string) => `/api/search?q=${encodeURIComponent(text)}&locale=zh-CN&limit=10`;

type Prepared = { queries: string[]; index: IndexFigures; baselineRows: number; baselineInsertMs: number; rssAfterIndexMb: number };
type SearchBody = { data: unknown[]; meta: { tookMs?: number } };

async function readToken(strapi: Core.Strapi): Promise<string> {
  const token = await strapi.service('admin::api-token').create({ name: 'bench-app', type: 'read-only', lifespan: null, permissions: [] });
  return token.accessKey as string;
}

async function getJson(app: RunningApp, token: string, pathname: string): Promise<SearchBody> {
  const response = await fetch(app.base + pathname, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as SearchBody;
}

/** Both endpoints must answer the corpus' own question before anything is timed. */
async function checkBothAnswer(app: RunningApp, token: string, question: string): Promise<void> {
  if ((await getJson(app, token, searchPath(question))).data.length === 0) throw new Error(`/api/search found nothing for "${question}"`);
  if ((await getJson(app, token, baselinePath(question))).data.length === 0) throw new Error(`The baseline found nothing for "${question}"`);
}

/** Corpus → app engine and app table; the corpus is out of scope once this returns. */
async function prepare(app: RunningApp, token: string): Promise<Prepared> {
  const corpus = generateCorpus();
  const queries = generateQueries(corpus).map((query) => query.text);
  const index = await indexIntoApp(app.strapi, corpus);
  const rssAfterIndexMb = mb(process.memoryUsage().rss);
  const started = performance.now();
  const baselineRows = await insertBaselineRows(app.strapi, corpus.knowledgePoints);
  const baselineInsertMs = performance.now() - started;
  await checkBothAnswer(app, token, corpus.knowledgePoints[0].standardQuestion);
  return { queries, index, baselineRows, baselineInsertMs, rssAfterIndexMb };
}

/**
 * Requests before the load runs (JIT, SQLite page cache), and where a search's time goes:
 * the round trip as one client sees it vs. the engine's own `meta.tookMs`.
 */
async function warmUp(app: RunningApp, token: string, queries: readonly string[]): Promise<Sequential> {
  const roundTrip: number[] = [];
  const engine: number[] = [];
  for (const query of queries.slice(0, 300)) {
    const started = performance.now();
    const body = await getJson(app, token, searchPath(query));
    roundTrip.push(performance.now() - started);
    engine.push(body.meta.tookMs ?? NaN);
  }
  for (const query of queries.slice(0, 3)) await getJson(app, token, baselinePath(query));
  return { roundTrip: percentiles(roundTrip), engine: percentiles(engine) };
}

type Loads = { search: { one: LoadResult; sixteen: LoadResult }; baseline: { one: LoadResult; sixteen: LoadResult }; rssServingMb: number };

/** The four autocannon runs, search first (with the app's RSS sampled meanwhile), then the baseline. */
async function measureLoads(app: RunningApp, token: string, queries: readonly string[], seconds: number): Promise<Loads> {
  const jobFile = path.join(app.workDir, 'load-job.json');
  const load = (paths: string[], connections: number) => runLoad({ base: app.base, paths, connections, seconds }, token, jobFile);
  const searchPaths = queries.map(searchPath);
  const baselinePaths = queries.map(baselinePath);
  const rss = sampleRss();
  const search = { one: await load(searchPaths, 1), sixteen: await load(searchPaths, 16) };
  const rssServingMb = mb(rss.stop());
  const baseline = { one: await load(baselinePaths, 1), sixteen: await load(baselinePaths, 16) };
  return { search, baseline, rssServingMb };
}

/**
 * The same searches against the app restarted in a process of its own (plain node, saved
 * index loaded from disk): the app's RSS without the bench, and latency without the bench's
 * modules in the app's process. This process' Strapi is shut down first.
 */
async function measureRestarted(app: RunningApp, token: string, queries: readonly string[], seconds: number): Promise<Restart> {
  await app.shutDown();
  const restarted = await restartApp(ROOT);
  try {
    const jobFile = path.join(app.workDir, 'load-job.json');
    const paths = queries.map(searchPath);
    restarted.resetPeak();
    const one = await runLoad({ base: restarted.base, paths, connections: 1, seconds }, token, jobFile);
    const sixteen = await runLoad({ base: restarted.base, paths, connections: 16, seconds }, token, jobFile);
    return {
      bootMs: restarted.bootMs, documents: restarted.documents, rssAfterLoadMb: mb(restarted.rssAfterLoad), rssServingMb: mb(restarted.peakRss()), one, sixteen,
    };
  } finally {
    await restarted.stop();
  }
}

function readOptions(argv: readonly string[]): { seconds: number; wal: boolean; docs?: string } {
  const seconds = Number(argv[argv.indexOf('--seconds') + 1]) || 10;
  const wal = argv.includes('--sqlite-wal');
  return { seconds, wal, docs: argv.includes('--no-docs') || wal ? undefined : path.join(ROOT, 'docs', 'search.md') };
}

async function main(): Promise<void> {
  const { seconds, wal, docs } = readOptions(process.argv);
  const loadBefore = os.loadavg();
  const rssBeforeBootMb = mb(process.memoryUsage().rss);
  const app = await startAppOnLoopback();
  try {
    const rssAfterBootMb = mb(process.memoryUsage().rss);
    if (wal) await useSqliteWal(app.strapi);
    const token = await readToken(app.strapi);
    const prepared = await prepare(app, token);
    collectGarbage();
    const { rss: afterGc, heapUsed } = process.memoryUsage();
    const sequential = await warmUp(app, token, prepared.queries);
    const { search, baseline, rssServingMb } = await measureLoads(app, token, prepared.queries, seconds);
    const sqlite = await sqliteSettings(app.strapi);
    const restart = await measureRestarted(app, token, prepared.queries, seconds);
    const loadAfter = os.loadavg();
    writeAppReport({
      date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadBefore, loadAfter,
      sqlite, queries: prepared.queries.length, seconds, restart,
      baselineRows: prepared.baselineRows, baselineInsertMs: prepared.baselineInsertMs, index: prepared.index, sequential, search, baseline,
      memory: {
        beforeBootMb: rssBeforeBootMb, afterBootMb: rssAfterBootMb, afterIndexMb: prepared.rssAfterIndexMb,
        afterGcMb: mb(afterGc), heapUsedAfterGcMb: mb(heapUsed), servingMb: rssServingMb,
      },
    }, docs);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
