/**
 * The dispatcher survives being killed: 200 releases wait in the outbox, a worker process
 * (`npm run dispatch`) is SIGKILLed mid-way, a new worker takes over the rows the dead one had
 * claimed once their lease runs out, and every channel converges with a clean report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadConsistency } from '../../src/publishing/load-consistency';
import { findDeliveries } from '../../src/publishing/outbox-store';
import { startApp } from '../helpers/app';
import { queryTestDatabase, type TestDatabase } from '../helpers/database';
import { knowledgePointData, departmentData } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const RELEASES = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startWorker(database: TestDatabase): ChildProcess {
  const env = { ...process.env, ...database.env, DISPATCHER: 'on', DISPATCH_LEASE_MS: '1500', DISPATCH_CONCURRENCY: '1', DISPATCH_BATCH_SIZE: '4', DISPATCH_POLL_MS: '50', LOG_LEVEL: 'error' };
  // Node itself runs the worker (tsx as a loader), so SIGKILL hits the process that delivers.
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/dispatch.ts'], { cwd: ROOT, env, stdio: 'ignore' });
}

/** Counts delivered or superseded rows from a separate connection while the worker runs. */
async function progress(database: TestDatabase): Promise<{ done: number; total: number }> {
  const [row] = await queryTestDatabase(database,
    "SELECT COUNT(*) AS total, SUM(CASE WHEN status IN ('delivered', 'superseded') THEN 1 ELSE 0 END) AS done FROM channel_deliveries");
  return { done: Number(row.done ?? 0), total: Number(row.total) };
}

async function waitFor(condition: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (await condition()) return true;
    await sleep(200);
  }
  return false;
}

test(`a worker killed with SIGKILL while dispatching ${RELEASES} releases: the next worker converges every channel`, async () => {
  const setup = await startApp({ keepDatabase: true });
  const database = setup.database;
  const documents = setup.strapi.documents('api::department.department');
  const department = await documents.create({ data: departmentData() as never, status: 'published' } as never);
  const points = setup.strapi.documents('api::knowledge-point.knowledge-point');
  for (let i = 0; i < RELEASES; i += 1) {
    const code = `KP-T-${String(i).padStart(3, '0')}`;
    await points.create({ data: { ...knowledgePointData(code, department.documentId), standardQuestion: `测试事项第${i}号问题收费多少？` } as never, status: 'published' } as never);
  }
  const queued = await findDeliveries(setup.strapi);
  expect(queued.length).toBe(RELEASES * 4);
  await setup.stop();

  const first = startWorker(database);
  const killedMidway = await waitFor(async () => (await progress(database)).done >= 40, 60_000);
  first.kill('SIGKILL');
  await new Promise((resolve) => first.once('exit', resolve));
  const atKill = await progress(database);
  expect(killedMidway).toBe(true);
  expect(atKill.done).toBeLessThan(atKill.total);

  const second = startWorker(database);
  const converged = await waitFor(async () => (await progress(database)).done === RELEASES * 4, 120_000);
  second.kill('SIGTERM');
  await new Promise((resolve) => second.once('exit', resolve));
  expect(converged).toBe(true);

  const check = await startApp({ database });
  try {
    const report = await loadConsistency(check.strapi);
    expect(report.subjects.length).toBe(RELEASES);
    expect(report.counts).toEqual({ consistent: RELEASES * 4, pending: 0, drift: 0, dead: 0 });
  } finally {
    await check.stop();
  }
}, 300_000);
