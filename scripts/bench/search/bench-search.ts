/**
 * The search bench: 3,500 matters and 50,000 knowledge points, indexed by the embedded engine;
 * latency in process and over HTTP (one client, then 16 with autocannon), memory, index size,
 * load time and full reindex time. Prints the figures and writes them into docs/search.md.
 *
 *   npx tsx scripts/bench/search/bench-search.ts [--seconds 20] [--no-docs]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnalyzer } from '../../../src/search/analysis/analyzer';
import { buildAnalysisVocabulary } from '../../../src/search/analysis/vocabulary';
import { byCode, knowledgePointSearchDocument, matterSearchDocument } from '../../../src/search/documents/build-documents';
import { EmbeddedEngine } from '../../../src/search/embedded/embedded-engine';
import { synonyms } from '../../seed/data/synonyms';
import { generateCorpus } from './generate-corpus';
import { generateQueries } from './generate-queries';
import { measureHttpConcurrent, measureHttpSingle, measureInProcess } from './measure';
import { writeReport, type BenchReport } from './report';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const mb = (bytes: number) => Math.round(bytes / 1e6);

async function timed<T>(work: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

function startServer(dataDir: string, vocabularyFile: string): Promise<{ child: ChildProcess; port: number; loadMs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'http-server.ts'), dataDir, vocabularyFile], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /ready (\d+) (\d+)/.exec(chunk.toString());
      if (match) resolve({ child, port: Number(match[1]), loadMs: Number(match[2]) });
    });
  });
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 20;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-bench-'));
  const loadBefore = os.loadavg()[0];
  const [corpus, corpusMs] = await timed(() => generateCorpus());
  const vocabulary = buildAnalysisVocabulary({ synonyms, matters: corpus.matters, knowledgePoints: corpus.knowledgePoints });
  const [analyzer, analyzerMs] = await timed(() => createAnalyzer(vocabulary));
  const vocabularyFile = path.join(work, 'vocabulary.json');
  fs.writeFileSync(vocabularyFile, JSON.stringify(vocabulary));
  const context = { departments: byCode(corpus.departments), matters: byCode(corpus.matters) };
  const meta = (code: string) => ({ documentId: code, locale: 'zh-CN', contentHash: `sha256-${code}` });
  const [documents, documentsMs] = await timed(() => [
    ...corpus.knowledgePoints.map((p) => knowledgePointSearchDocument(p, meta(p.code), context)),
    ...corpus.matters.map((m) => matterSearchDocument(m, meta(m.code), context)),
  ]);
  const dataDir = path.join(work, 'index');
  const engine = new EmbeddedEngine(analyzer, { dataDir });
  const [reindex, reindexMs] = await timed(() => engine.reindex(documents));
  const stats = await engine.stats();
  const rssAfterReindex = process.memoryUsage().rss;
  const queries = generateQueries(corpus);
  const inProcess = await measureInProcess(engine, queries);
  await engine.close();
  const server = await startServer(dataDir, vocabularyFile);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const httpSingle = await measureHttpSingle(base, queries.slice(0, 1000));
    const rssAfterLoad = ((await (await fetch(`${base}/stats`)).json()) as { rss: number }).rss;
    const concurrent = await measureHttpConcurrent(base, queries, 16, seconds);
    const rssServing = ((await (await fetch(`${base}/stats`)).json()) as { rss: number }).rss;
    const report: BenchReport = {
      date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadBefore, loadAfter: os.loadavg()[0],
      documents: reindex.documents, corpusMs, analyzerMs, documentsMs, reindexMs, indexBytes: stats.indexBytes ?? 0,
      loadMs: server.loadMs, rssAfterReindexMb: mb(rssAfterReindex), rssServerAfterLoadMb: mb(rssAfterLoad), rssServerServingMb: mb(rssServing),
      inProcess, httpSingle, concurrent, seconds, queries: queries.length,
    };
    writeReport(report, process.argv.includes('--no-docs') ? undefined : path.join(ROOT, 'docs', 'search.md'));
  } finally {
    server.child.kill();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
