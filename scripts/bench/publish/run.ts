/**
 * `npx tsx scripts/bench/publish/run.ts [--write-figures]` (after `npx tsc -p tsconfig.json`):
 * boots the app on a throwaway SQLite file with the dispatcher running, seeds the sample
 * content, then measures (a) publish-to-consistent latency over 200 publishes and (b) the
 * content API's throughput against Strapi's own REST read of the same guide. Prints the
 * figures; --write-figures also puts them in docs/figures.md under "Publishing".
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadConsistency } from '../../../src/publishing/load-consistency';
import { DELIVERY_UID } from '../../../src/publishing/outbox-store';
import { seedSampleContent } from '../../seed/seed-content';
import { bootBenchApp, createBenchToken } from './boot-bench-app';
import { publishingSection, writeSection, type Figures } from './figures';
import { summarize } from './percentiles';
import { measurePublishLatency } from './publish-latency';
import { measureThroughput, targets } from './throughput';

const PUBLISHES = 200;
const LOAD = { connections: 32, durationSeconds: 10, warmupSeconds: 2, rounds: 3 };
const SETTLE_TIMEOUT_MS = 120_000;
const RUN_TIMEOUT_MS = 15 * 60_000;

const ROOT = path.resolve(__dirname, '..', '..', '..');

const log = (line: string) => console.log(line);

/** Waits until the dispatcher has nothing left to deliver, and checks every channel agrees. */
async function settle(strapi: Core.Strapi): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  const open = () => strapi.db.query(DELIVERY_UID as never).count({ where: { status: { $in: ['pending', 'failed'] } } });
  while ((await open()) > 0) {
    if (Date.now() > deadline) throw new Error('Deliveries still open after two minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const report = await loadConsistency(strapi);
  if (!report.clean || report.counts.pending > 0) throw new Error(`Channels disagree: ${JSON.stringify(report.counts)}`);
  log(`  ${report.subjects.length} subjects, ${report.counts.consistent} channel copies consistent`);
}

/** The code measured: BENCH_REVISION, else `git describe` of this checkout, else unknown. */
function revision(): string {
  if (process.env.BENCH_REVISION) return process.env.BENCH_REVISION;
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch (error) {
    // Not a git checkout (e.g. an exported tree): the figures say so rather than guess.
    return `unknown (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
}

async function main(): Promise<void> {
  setTimeout(() => {
    console.error(`The benchmark took longer than ${RUN_TIMEOUT_MS / 60_000} minutes; giving up`);
    process.exit(1);
  }, RUN_TIMEOUT_MS).unref();
  const loadAtStart = os.loadavg()[0];
  if (loadAtStart > 0.5) log(`Load average is ${loadAtStart.toFixed(2)}: other work on this machine will skew the figures.`);
  log('Booting the app on a throwaway SQLite file…');
  const app = await bootBenchApp();
  try {
    log('Seeding the sample content and delivering it…');
    await seedSampleContent(app.strapi, () => undefined);
    await settle(app.strapi);
    const writer = await createBenchToken(app.strapi, 'full-access');
    const reader = await createBenchToken(app.strapi, 'read-only');

    log(`(a) ${PUBLISHES} publishes, each until every channel serves it…`);
    const timings = await measurePublishLatency(app.strapi, app.baseUrl, writer, PUBLISHES);
    const delivery = summarize(timings.delivery);
    log(`  delivery after the command answered: p50 ${delivery.p50.toFixed(1)} ms, p95 ${delivery.p95.toFixed(1)} ms, max ${delivery.max.toFixed(1)} ms`);
    await settle(app.strapi);

    log(`(b) throughput: ${LOAD.connections} connections, ${LOAD.durationSeconds} s each, ${LOAD.rounds} rounds…`);
    const etag = (await fetch(`${app.baseUrl}/api/guides/M01`, { headers: { authorization: `Bearer ${reader}` } })).headers.get('etag') ?? '';
    const throughput = await measureThroughput(app.baseUrl, targets(reader, etag), LOAD, log);

    const figures: Figures = {
      date: new Date().toISOString().slice(0, 10),
      revision: revision(),
      machine: machine(),
      loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
      publishes: { total: summarize(timings.total), command: summarize(timings.command) },
      throughput,
      ...LOAD,
    };
    const section = publishingSection(figures);
    log(`\n${section}`);
    if (process.argv.includes('--write-figures')) {
      const file = path.join(ROOT, 'docs', 'figures.md');
      writeSection(file, section);
      log(`Written to ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
