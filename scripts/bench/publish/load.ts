/**
 * Load generator, run as its own process so it does not share the server's event loop: one
 * autocannon run at one URL, then a JSON summary on stdout with the latency of every response
 * (autocannon's own summary has no p95) and the count of each status.
 */
import autocannon from 'autocannon';
import { summarize } from './percentiles';

export type LoadConfig = { url: string; headers: Record<string, string>; connections: number; durationSeconds: number };
export type LoadSummary = { requests: number; seconds: number; requestsPerSecond: number; p50: number; p95: number; bytesPerResponse: number; statuses: Record<string, number>; errors: number };

function run(config: LoadConfig): Promise<LoadSummary> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: config.url, headers: config.headers, connections: config.connections, duration: config.durationSeconds }, (error, result) => {
      if (error) return reject(error);
      const { p50, p95 } = summarize(latencies);
      resolve({
        requests: latencies.length,
        seconds: result.duration,
        requestsPerSecond: latencies.length / result.duration,
        p50,
        p95,
        bytesPerResponse: result.throughput.total / Math.max(1, latencies.length),
        statuses,
        errors: result.errors + result.timeouts,
      });
    });
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

if (require.main === module) {
  run(JSON.parse(process.argv[2] ?? '{}') as LoadConfig)
    .then((summary) => process.stdout.write(`${JSON.stringify(summary)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
