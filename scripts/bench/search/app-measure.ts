/**
 * Measuring the app from the bench process: load runs in a child process (app-load.ts),
 * the app's memory sampled here, where it runs.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LoadJob, LoadResult } from './app-load';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Runs one autocannon job in a child process; kills it if it overruns by a minute. */
export function runLoad(job: LoadJob, token: string, jobFile: string): Promise<LoadResult> {
  fs.writeFileSync(jobFile, JSON.stringify(job));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'app-load.ts'), jobFile], {
    cwd: ROOT, env: { ...process.env, BENCH_TOKEN: token }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const guard = setTimeout(() => child.kill(), (job.seconds + 60) * 1000);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(guard);
      const line = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') return reject(new Error(`load child exited with ${code ?? signal}: ${output}`));
      resolve(JSON.parse(line) as LoadResult);
    });
  });
}

/** Samples this process' RSS every `everyMs` until stopped; `stop` returns the largest sample. */
export function sampleRss(everyMs = 250): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

/**
 * A full garbage collection, so the RSS read next is the app's and not the bench's leftovers
 * (the corpus it generated). Node only exposes gc() behind a flag; this sets the flag late.
 */
export function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
