/**
 * A small HTTP front for the embedded engine, for the bench (the lead re-runs the bench
 * against the real /api/search later). Run as a child process:
 *
 *   npx tsx scripts/bench/search/http-server.ts <dataDir> <vocabulary.json>
 *
 * It builds the analyzer and loads the saved index (timed together: what a restart costs),
 * prints `ready <port> <loadMs>` and serves
 * GET /search?q=&locale=&limit= and GET /stats (with the process RSS).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAnalyzer } from '../../../src/search/analysis/analyzer';
import type { AnalysisVocabulary } from '../../../src/search/analysis/vocabulary';
import { EmbeddedEngine } from '../../../src/search/embedded/embedded-engine';
import type { SearchEngine } from '../../../src/search/search-engine';

function handler(engine: SearchEngine, loadMs: number): http.RequestListener {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const reply = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    if (url.pathname === '/stats') {
      void engine.stats().then((stats) => reply(200, { ...stats, loadMs, rss: process.memoryUsage().rss }));
      return;
    }
    if (url.pathname !== '/search') return reply(404, { error: 'not found' });
    engine
      .search({ text: url.searchParams.get('q') ?? '', locale: url.searchParams.get('locale') ?? 'zh-CN', limit: Number(url.searchParams.get('limit') ?? 10) })
      .then((result) => reply(200, result))
      .catch((error: unknown) => reply(400, { error: String(error) }));
  };
}

async function main(): Promise<void> {
  const [dataDir, vocabularyFile] = process.argv.slice(2);
  const started = performance.now();
  const vocabulary = JSON.parse(fs.readFileSync(vocabularyFile, 'utf8')) as AnalysisVocabulary;
  const analyzer = createAnalyzer(vocabulary);
  const engine = new EmbeddedEngine(analyzer, { dataDir });
  await engine.open();
  const loadMs = performance.now() - started;
  if ((await engine.stats()).needsReindex) throw new Error(`No compatible saved index in ${dataDir}`);
  const server = http.createServer({ keepAlive: true }, handler(engine, loadMs));
  server.listen(0, '127.0.0.1', () => console.log(`ready ${(server.address() as AddressInfo).port} ${loadMs.toFixed(0)}`));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
