/**
 * The through-the-app figures as Markdown, printed and written between the bench-app markers
 * of docs/search.md (the section is appended if the markers are missing).
 */
import fs from 'node:fs';
import type { IndexFigures } from './app-index';
import type { LoadResult } from './app-load';
import type { Percentiles } from './measure';

/** One client, sequential fetches: what the client waited vs. what the engine reported. */
export type Sequential = { roundTrip: Percentiles; engine: Percentiles };

/** RSS (and V8 heap) of this process, which is the app's and the bench's, in MB. */
export type Memory = { beforeBootMb: number; afterBootMb: number; afterIndexMb: number; afterGcMb: number; heapUsedAfterGcMb: number; servingMb: number };

/** The app restarted in a plain node process of its own, on the same database and saved index. */
export type Restart = { bootMs: number; documents: number; rssAfterLoadMb: number; rssServingMb: number; one: LoadResult; sixteen: LoadResult };

export type AppBenchReport = {
  date: string; node: string; cpus: number; loadBefore: number[]; loadAfter: number[];
  sqlite: string; queries: number; seconds: number; baselineRows: number; baselineInsertMs: number;
  index: IndexFigures; memory: Memory; sequential: Sequential; restart: Restart;
  search: { one: LoadResult; sixteen: LoadResult };
  baseline: { one: LoadResult; sixteen: LoadResult };
};

const HEADING = '## Through the app: /api/search vs Strapi REST filters';
const START = '<!-- bench-app:start -->';
const END = '<!-- bench-app:end -->';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const times = (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`;
const loads = (values: number[]) => values.map((v) => v.toFixed(1)).join(' / ');

function row(label: string, clients: number, r: LoadResult, target = ''): string {
  const { p50, p95, p99 } = r.latency;
  return `| ${label} | ${clients} | ${ms(p50)} | ${ms(p95)} | ${ms(p99)} | ${r.requestsPerSecond.toFixed(1)} | ${r.requests} | ${r.errors + r.non2xx} | ${target} |`;
}

/** The report as Markdown. */
export function appReportMarkdown(r: AppBenchReport): string {
  const ratio = (key: 'one' | 'sixteen') => ({
    rps: r.search[key].requestsPerSecond / r.baseline[key].requestsPerSecond,
    p95: r.baseline[key].latency.p95 / r.search[key].latency.p95,
  });
  const one = ratio('one');
  const sixteen = ratio('sixteen');
  const { memory: m, sequential: q, restart } = r;
  return [
    `Run ${r.date}, Node ${r.node}, ${r.cpus} CPUs shared with other work (load average 1/5/15 min: ${loads(r.loadBefore)} before, ${loads(r.loadAfter)} after).`,
    `${r.index.documents.toLocaleString('en')} documents in the app's engine; ${r.baselineRows.toLocaleString('en')} published zh-CN knowledge-point rows in SQLite for the baseline;` +
      ` SQLite ${r.sqlite}; ${r.queries.toLocaleString('en')} rotating queries; ${r.seconds} s per run; autocannon in a child process on the same cores.`,
    '',
    '| endpoint | clients | p50 | p95 | p99 | req/s | requests | errors | target |',
    '|---|---|---|---|---|---|---|---|---|',
    row('`/api/search`, app in the bench process', 1, r.search.one, 'p95 ≤ 15 ms'),
    row('`/api/search`, app in the bench process', 16, r.search.sixteen, 'p95 ≤ 60 ms'),
    row('`/api/search`, app restarted in its own process', 1, restart.one, 'p95 ≤ 15 ms'),
    row('`/api/search`, app restarted in its own process', 16, restart.sixteen, 'p95 ≤ 60 ms'),
    row('`/api/knowledge-points` `$containsi`', 1, r.baseline.one),
    row('`/api/knowledge-points` `$containsi`', 16, r.baseline.sixteen),
    '',
    `Where a search's time goes (${q.roundTrip.count} sequential requests before the runs): round trip p50 ${ms(q.roundTrip.p50)}, p95 ${ms(q.roundTrip.p95)};` +
      ` the engine's own \`meta.tookMs\` p50 ${ms(q.engine.p50)}, p95 ${ms(q.engine.p95)}. The rest is Koa and Strapi (routing, token check) and the search-log insert.`,
    '',
    '| search vs baseline | 1 client | 16 clients | target |',
    '|---|---|---|---|',
    `| requests/s, search ÷ baseline | ${times(one.rps)} | ${times(sixteen.rps)} | ≥ 30× |`,
    `| p95, baseline ÷ search | ${times(one.p95)} | ${times(sixteen.p95)} | ≥ 30× |`,
    '',
    '| build and memory | figure | target |',
    '|---|---|---|',
    `| full reindex (\`engine.reindex\`: analyse, index, swap, save) | ${s(r.index.reindexMs)} | ≤ 20 s |`,
    `| analyzer from the corpus vocabulary / search documents | ${s(r.index.analyzerMs)} / ${s(r.index.documentsMs)} | |`,
    `| baseline rows, one batched knex insert | ${s(r.baselineInsertMs)} | |`,
    `| index on disk (\`engine.stats().indexBytes\`) | ${(r.index.indexBytes / 1e6).toFixed(0)} MB | |`,
    `| RSS before boot (node, tsx, bench modules) / after boot (empty app) | ${m.beforeBootMb} MB / ${m.afterBootMb} MB | |`,
    `| RSS after indexing, bench corpus still in memory | ${m.afterIndexMb} MB | |`,
    `| RSS after the corpus is dropped and a full GC (V8 heap in use) | ${m.afterGcMb} MB (${m.heapUsedAfterGcMb} MB) | ≤ 600 MB |`,
    `| RSS peak while serving \`/api/search\`, 1 and 16 clients (sampled every 250 ms) | ${m.servingMb} MB | ≤ 600 MB |`,
    `| restarted app (plain node on dist/, ${restart.documents.toLocaleString('en')} documents loaded from disk): boot to listening | ${s(restart.bootMs)} | |`,
    `| restarted app: RSS after boot / peak while serving 1 and 16 clients | ${restart.rssAfterLoadMb} MB / ${restart.rssServingMb} MB | ≤ 600 MB |`,
  ].join('\n');
}

/** Prints the report and, given a file, writes it between the markers (appending the section if absent). */
export function writeAppReport(report: AppBenchReport, file?: string): void {
  const markdown = appReportMarkdown(report);
  console.log(markdown);
  if (!file || !fs.existsSync(file)) return;
  let text = fs.readFileSync(file, 'utf8');
  if (!text.includes(START) || !text.includes(END)) text = `${text.trimEnd()}\n\n${HEADING}\n\n${START}\n${END}\n`;
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  fs.writeFileSync(file, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}
