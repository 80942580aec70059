/**
 * Works off the outbox: claims due deliveries, hands each to its channel, records the outcome.
 * Bounded concurrency; retries with exponential backoff and jitter; `dead` after maxAttempts
 * with the error kept; a delivery of a version older than what the channel serves is
 * superseded. Claims are leases, so rows held by a process that died are taken up again.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Channel } from '../channels/channel';
import { backoffDelay } from './backoff';
import { claimDue, finishAttempt, type ChannelName, type Delivery } from './outbox-store';
import { RELEASE_UID, type Release } from './release-store';
import { toDate } from './store-support';

export type DispatcherOptions = {
  owner?: string;
  concurrency?: number;
  batchSize?: number;
  leaseMs?: number;
  pollMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
};

export type Dispatcher = {
  readonly owner: string;
  /** Claims and delivers one batch; returns how many rows it handled. */
  runOnce(): Promise<number>;
  /** Runs batches until nothing is due (tests, scripts). */
  drain(maxBatches?: number): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  /** Asks for a batch soon (after a publish commits). */
  nudge(): void;
};

const DEFAULTS = { concurrency: 4, batchSize: 32, leaseMs: 30_000, pollMs: 500, maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 60_000 };

async function loadRelease(strapi: Core.Strapi, id: number): Promise<Release> {
  const row = (await strapi.db.query(RELEASE_UID as never).findOne({ where: { id } })) as Record<string, unknown> | null;
  if (!row) throw new Error(`Release ${id} is missing`);
  return { ...(row as unknown as Release), effectiveFrom: toDate(row.effectiveFrom), effectiveTo: row.effectiveTo ? toDate(row.effectiveTo) : null };
}

function failureOf(error: unknown, delivery: Delivery, options: typeof DEFAULTS & { random: () => number }): Partial<Delivery> {
  const attempts = delivery.attempts + 1;
  const message = error instanceof Error ? error.message : String(error);
  const delivered = (error as { delivered?: string[] }).delivered;
  const detail = delivered ? { ...delivery.detail, webhooks: delivered } : delivery.detail;
  if (attempts >= options.maxAttempts) return { status: 'dead', attempts, lastError: message, detail };
  const wait = backoffDelay(attempts, options.baseDelayMs, options.maxDelayMs, options.random);
  return { status: 'failed', attempts, lastError: message, detail, nextAttemptAt: new Date(Date.now() + wait) };
}

/** A dispatcher over the given channels. */
export function createDispatcher(strapi: Core.Strapi, channels: Record<ChannelName, Channel>, given: DispatcherOptions = {}): Dispatcher {
  const options = { ...DEFAULTS, random: Math.random, ...given };
  const owner = given.owner ?? `dispatcher-${process.pid}-${randomBytes(3).toString('hex')}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;
  let nudgedWhileRunning = false;

  async function deliver(delivery: Delivery): Promise<void> {
    try {
      const release = await loadRelease(strapi, delivery.releaseId);
      const ack = await channels[delivery.channel].deliver({ release, delivery });
      const status = ack.outcome === 'stale' ? 'superseded' : 'delivered';
      await finishAttempt(strapi, delivery.id, owner, {
        status, attempts: delivery.attempts + 1, acknowledgedHash: ack.acknowledgedHash, deliveredAt: new Date(),
        lastError: null, detail: { ...delivery.detail, ...ack.detail },
      });
    } catch (error) {
      await finishAttempt(strapi, delivery.id, owner, failureOf(error, delivery, options));
    }
  }

  /** Of several versions claimed for one channel and subject, only the newest is delivered. */
  async function dropOlderVersions(claimed: Delivery[]): Promise<Delivery[]> {
    const newest = new Map<string, Delivery>();
    for (const delivery of claimed) {
      const key = `${delivery.channel}|${delivery.subjectKey}`;
      const current = newest.get(key);
      if (!current || current.version < delivery.version) newest.set(key, delivery);
    }
    const keep = new Set(newest.values());
    for (const delivery of claimed.filter((d) => !keep.has(d))) {
      await finishAttempt(strapi, delivery.id, owner, { status: 'superseded', lastError: null });
    }
    return claimed.filter((d) => keep.has(d));
  }

  async function batch(): Promise<number> {
    const claimed = await claimDue(strapi, owner, options.batchSize, options.leaseMs);
    const queue = await dropOlderVersions(claimed);
    const workers = Array.from({ length: Math.min(options.concurrency, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await deliver(next);
    });
    await Promise.all(workers);
    return claimed.length;
  }

  function runOnce(): Promise<number> {
    running ??= batch().finally(() => {
      running = undefined;
    });
    return running;
  }

  function schedule(delay: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      nudgedWhileRunning = false;
      runOnce()
        .then((handled) => schedule(handled > 0 || nudgedWhileRunning ? 0 : options.pollMs))
        .catch((error: unknown) => {
          strapi.log.error(`Dispatcher batch failed: ${error instanceof Error ? error.message : String(error)}`);
          schedule(options.pollMs);
        });
    }, delay);
  }

  return {
    owner,
    runOnce,
    async drain(maxBatches = 1000) {
      let total = 0;
      for (let i = 0; i < maxBatches; i += 1) {
        const handled = await runOnce();
        if (handled === 0) break;
        total += handled;
      }
      return total;
    },
    start() {
      stopped = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    nudge() {
      // A nudge during a batch may concern rows that batch did not see: run again right after it.
      if (running) nudgedWhileRunning = true;
      else schedule(0);
    },
  };
}
