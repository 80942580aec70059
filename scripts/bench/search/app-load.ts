/**
 * The load generator, run as a child process so it does not share the app's event loop:
 * autocannon with N connections for S seconds against one loopback base URL, each request the
 * next path of a list, with the bearer token from BENCH_TOKEN. Prints one JSON line (LoadResult).
 *
 *   BENCH_TOKEN=… npx tsx scripts/bench/search/app-load.ts <job.json>
 *   job.json: { "base": "http://127.0.0.1:…", "paths": ["/api/search?q=…"], "connections": 16, "seconds": 10 }
 */
import fs from 'node:fs';
import autocannon from 'autocannon';
import { percentiles, type Percentiles } from './measure';

export type LoadJob = { base: string; paths: string[]; connections: number; seconds: number };

export type LoadResult = {
  latency: Percentiles;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

function run(job: LoadJob, token: string): Promise<LoadResult> {
  const url = new URL(job.base);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error(`The bench only loads loopback, not ${url.hostname}`);
  const times: number[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon({
      url: job.base,
      connections: job.connections,
      duration: job.seconds,
      timeout: 30,
      headers: { authorization: `Bearer ${token}` },
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: job.paths[next++ % job.paths.length] }) }],
    }, (error, result) => {
      if (error) return reject(error);
      resolve({
        latency: percentiles(times), requestsPerSecond: result.requests.total / result.duration, requests: result.requests.total,
        errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

async function main(): Promise<void> {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as LoadJob;
  const token = process.env.BENCH_TOKEN;
  if (!token) throw new Error('BENCH_TOKEN is not set');
  console.log(JSON.stringify(await run(job, token)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
