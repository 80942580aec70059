/** Latency measurement helpers for the search bench. */
import autocannon from 'autocannon';
import type { SearchEngine } from '../../../src/search/search-engine';
import type { BenchQuery } from './generate-queries';

export type Percentiles = { count: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentiles of durations in ms. */
export function percentiles(durations: readonly number[]): Percentiles {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

export type InProcess = {
  all: Percentiles;
  byStyle: Record<string, Percentiles>;
  exactTop1: number;
  exactCount: number;
  /** Per style: queries made from a matter subject whose first hit belongs to a matter of that subject. */
  matterTop1: Record<string, { hits: number; of: number }>;
  cpuMsPerQuery: number;
};

/** One client, in process: each query timed around engine.search (analysis included), after a warm-up. */
export async function measureInProcess(engine: SearchEngine, queries: readonly BenchQuery[], warmUp = 200): Promise<InProcess> {
  for (const query of queries.slice(0, warmUp)) await engine.search({ text: query.text, locale: 'zh-CN' });
  const times: number[] = [];
  const byStyle = new Map<string, number[]>();
  let exactTop1 = 0;
  let exactCount = 0;
  const matterTop1: Record<string, { hits: number; of: number }> = {};
  const cpu = process.cpuUsage();
  for (const query of queries) {
    const started = performance.now();
    const result = await engine.search({ text: query.text, locale: 'zh-CN' });
    const took = performance.now() - started;
    times.push(took);
    byStyle.set(query.style, [...(byStyle.get(query.style) ?? []), took]);
    if (query.style === 'exact') {
      exactCount += 1;
      if (result.hits[0]?.title === query.text) exactTop1 += 1;
    }
    if (query.subject !== undefined) {
      const tally = (matterTop1[query.style] ??= { hits: 0, of: 0 });
      tally.of += 1;
      if (result.hits[0]?.matterName?.startsWith(query.subject)) tally.hits += 1;
    }
  }
  const used = process.cpuUsage(cpu);
  return {
    all: percentiles(times), byStyle: Object.fromEntries([...byStyle].map(([style, t]) => [style, percentiles(t)])),
    exactTop1, exactCount, matterTop1, cpuMsPerQuery: (used.user + used.system) / 1000 / queries.length,
  };
}

const searchPath = (query: BenchQuery) => `/search?locale=zh-CN&limit=10&q=${encodeURIComponent(query.text)}`;

/** One client over HTTP, sequential requests on a kept-alive connection. */
export async function measureHttpSingle(base: string, queries: readonly BenchQuery[]): Promise<Percentiles> {
  const times: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    const response = await fetch(base + searchPath(query));
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${query.text}`);
    times.push(performance.now() - started);
  }
  return percentiles(times);
}

export type Concurrent = { latency: Percentiles; requestsPerSecond: number; errors: number; non2xx: number };

/** autocannon with `connections` clients for `seconds`, each request the next query of the list. */
export function measureHttpConcurrent(base: string, queries: readonly BenchQuery[], connections: number, seconds: number): Promise<Concurrent> {
  const times: number[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: searchPath(queries[next++ % queries.length]) }) }],
    }, (error, result) => {
      if (error) return reject(error);
      resolve({ latency: percentiles(times), requestsPerSecond: result.requests.average, errors: result.errors, non2xx: result.non2xx });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}
