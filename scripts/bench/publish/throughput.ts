/**
 * Content API throughput: the released guide (200, and 304 on a matching ETag) against Strapi's
 * own REST read of the same matter with every element populated, in one run. Each endpoint is
 * loaded in turn by a load generator in its own process (load.ts), for several rounds, so the
 * endpoints share whatever else the machine is doing; the server's CPU time per answer is
 * measured too, as it moves much less than requests/s when the machine is shared.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { LoadConfig, LoadSummary } from './load';
import { percentile } from './percentiles';

export type Target = { name: string; label: string; path: string; headers: Record<string, string>; status: number };
export type Run = LoadSummary & { cpuMsPerAnswer: number };
export type Measured = Target & {
  /** Medians over the rounds. */
  requestsPerSecond: number;
  p50: number;
  p95: number;
  cpuMsPerAnswer: number;
  bytesPerResponse: number;
  rounds: Run[];
};
export type LoadOptions = { connections: number; durationSeconds: number; warmupSeconds: number; rounds: number };

/** The three endpoints, read with the same read-only token. */
export function targets(token: string, etag: string): Target[] {
  const auth = { authorization: `Bearer ${token}` };
  return [
    { name: 'guide', label: 'GET /api/guides/M01', path: '/api/guides/M01', headers: auth, status: 200 },
    { name: 'guide304', label: 'GET /api/guides/M01 + If-None-Match (304)', path: '/api/guides/M01', headers: { ...auth, 'if-none-match': etag }, status: 304 },
    { name: 'baseline', label: 'GET /api/matters?filters[code][$eq]=M01&locale=zh-CN', path: '/api/matters?filters[code][$eq]=M01&locale=zh-CN', headers: auth, status: 200 },
  ];
}

function load(config: LoadConfig): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'load.ts'), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as LoadSummary) : reject(new Error(`load.ts exited with ${code}`))));
  });
}

/** Checks a target answers as expected before loading it, so a bad token is not measured. */
async function preflight(baseUrl: string, target: Target): Promise<void> {
  const response = await fetch(`${baseUrl}${target.path}`, { headers: target.headers });
  if (response.status !== target.status) throw new Error(`${target.label} answered ${response.status}, expected ${target.status}`);
}

/** One warmed-up run; the server runs in this process, so its CPU time is this process's. */
async function measureOnce(baseUrl: string, target: Target, options: LoadOptions): Promise<Run> {
  const config = { url: `${baseUrl}${target.path}`, headers: target.headers, connections: options.connections };
  await load({ ...config, durationSeconds: options.warmupSeconds });
  const before = process.cpuUsage();
  const summary = await load({ ...config, durationSeconds: options.durationSeconds });
  const used = process.cpuUsage(before);
  const unexpected = Object.entries(summary.statuses).filter(([status]) => Number(status) !== target.status);
  if (unexpected.length > 0 || summary.errors > 0) throw new Error(`${target.label}: unexpected answers ${JSON.stringify(unexpected)}, ${summary.errors} errors`);
  return { ...summary, cpuMsPerAnswer: (used.user + used.system) / 1000 / summary.requests };
}

const median = (runs: Run[], of: (run: Run) => number) => percentile(runs.map(of), 50);

/** Loads every target once per round, round after round, and takes the medians. */
export async function measureThroughput(baseUrl: string, list: Target[], options: LoadOptions, log: (line: string) => void): Promise<Measured[]> {
  for (const target of list) await preflight(baseUrl, target);
  const runs = new Map<string, Run[]>(list.map((target) => [target.name, []]));
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const target of list) {
      const run = await measureOnce(baseUrl, target, options);
      runs.get(target.name)?.push(run);
      log(`  round ${round} ${target.name}: ${run.requestsPerSecond.toFixed(0)} requests/s, p50 ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms, ${run.cpuMsPerAnswer.toFixed(2)} ms CPU/answer`);
    }
  }
  return list.map((target) => {
    const rounds = runs.get(target.name) ?? [];
    return {
      ...target,
      requestsPerSecond: median(rounds, (r) => r.requestsPerSecond),
      p50: median(rounds, (r) => r.p50),
      p95: median(rounds, (r) => r.p95),
      cpuMsPerAnswer: median(rounds, (r) => r.cpuMsPerAnswer),
      bytesPerResponse: median(rounds, (r) => r.bytesPerResponse),
      rounds,
    };
  });
}
