/** The bench figures as a Markdown table, printed and written between markers in docs/search.md. */
import fs from 'node:fs';
import type { Concurrent, InProcess, Percentiles } from './measure';

export type BenchReport = {
  date: string; node: string; cpus: number; loadBefore: number; loadAfter: number;
  documents: number; queries: number; seconds: number;
  corpusMs: number; analyzerMs: number; documentsMs: number; reindexMs: number; indexBytes: number; loadMs: number;
  rssAfterReindexMb: number; rssServerAfterLoadMb: number; rssServerServingMb: number;
  inProcess: InProcess; httpSingle: Percentiles; concurrent: Concurrent;
};

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const ms = (value: number) => `${value.toFixed(1)} ms`;
const s = (value: number) => `${(value / 1000).toFixed(1)} s`;
const row = (label: string, p: Percentiles, target = '') => `| ${label} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${target} |`;

/** The report as Markdown. */
export function reportMarkdown(r: BenchReport): string {
  const styles = Object.entries(r.inProcess.byStyle).map(([style, p]) => `${style} ${ms(p.p95)}`).join(', ');
  return [
    `Run ${r.date}, Node ${r.node}, ${r.cpus} CPUs shared with other work (load average ${r.loadBefore.toFixed(1)} before, ${r.loadAfter.toFixed(1)} after).`,
    `${r.documents.toLocaleString('en')} documents, ${r.queries.toLocaleString('en')} queries (see scripts/bench/search/generate-queries.ts).`,
    '',
    '| latency | p50 | p95 | p99 | target |',
    '|---|---|---|---|---|',
    row('in process, one client', r.inProcess.all, 'p95 ≤ 15 ms'),
    row('HTTP, one client', r.httpSingle),
    row(`HTTP, 16 clients (autocannon, ${r.seconds} s, ${Math.round(r.concurrent.requestsPerSecond)} req/s, ${r.concurrent.errors + r.concurrent.non2xx} errors)`, r.concurrent.latency, 'p95 ≤ 60 ms'),
    '',
    `In-process p95 by query style: ${styles}; CPU ${r.inProcess.cpuMsPerQuery.toFixed(2)} ms per query on average.`,
    `Sanity of ranking on the generated corpus: the exact standard question ranked first ${r.inProcess.exactTop1}/${r.inProcess.exactCount};` +
      ` first hit about the query's matter: ${Object.entries(r.inProcess.matterTop1).map(([style, t]) => `${style} ${t.hits}/${t.of}`).join(', ')}.`,
    '',
    '| build and memory | figure | target |',
    '|---|---|---|',
    `| full reindex (analyse, index, swap, save) | ${s(r.reindexMs)} | ≤ 20 s |`,
    `| building the analyzer (dictionary, synonyms, pinyin keys) | ${s(r.analyzerMs)} | |`,
    `| generating the corpus / building search documents | ${s(r.corpusMs)} / ${s(r.documentsMs)} | |`,
    `| index on disk | ${(r.indexBytes / 1e6).toFixed(0)} MB | |`,
    `| load on restart (analyzer + saved index, server process) | ${s(r.loadMs)} | |`,
    `| RSS, server process after load / while serving 16 clients | ${r.rssServerAfterLoadMb} MB / ${r.rssServerServingMb} MB | ≤ 600 MB |`,
    `| RSS, bench process after reindex (corpus and documents in memory too) | ${r.rssAfterReindexMb} MB | |`,
  ].join('\n');
}

/** Prints the report and, given a file, replaces the text between the bench markers. */
export function writeReport(report: BenchReport, file?: string): void {
  const markdown = reportMarkdown(report);
  console.log(markdown);
  if (!file || !fs.existsSync(file)) return;
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) return;
  fs.writeFileSync(file, `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`);
}
