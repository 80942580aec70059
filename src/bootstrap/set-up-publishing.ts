/**
 * Wires publishing at start-up: the indexes the outbox relies on, the four channels, and the
 * dispatcher (started unless DISPATCHER=off, e.g. in tests that drive it by hand).
 */
import type { Core } from '@strapi/strapi';
import { ensureStateIndexes } from '../channels/channel-state-store';
import { createChannels, webhookConfigFromEnv } from '../channels/create-channels';
import { createDispatcher, type DispatcherOptions } from '../publishing/dispatcher';
import { ensureOutboxIndexes } from '../publishing/outbox-store';
import { ensureReleaseIndexes } from '../publishing/release-store';
import { publishingRuntime, setPublishingRuntime } from '../publishing/runtime';
import type { SearchRuntime } from './set-up-search';

function numberFromEnv(name: string): number | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : Number(value);
}

function dispatcherOptionsFromEnv(): DispatcherOptions {
  return {
    leaseMs: numberFromEnv('DISPATCH_LEASE_MS'),
    pollMs: numberFromEnv('DISPATCH_POLL_MS'),
    maxAttempts: numberFromEnv('DISPATCH_MAX_ATTEMPTS'),
    baseDelayMs: numberFromEnv('DISPATCH_BASE_DELAY_MS'),
    maxDelayMs: numberFromEnv('DISPATCH_MAX_DELAY_MS'),
    concurrency: numberFromEnv('DISPATCH_CONCURRENCY'),
    batchSize: numberFromEnv('DISPATCH_BATCH_SIZE'),
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function setUpPublishing(strapi: Core.Strapi, search: SearchRuntime): Promise<void> {
  await ensureReleaseIndexes(strapi);
  await ensureOutboxIndexes(strapi);
  await ensureStateIndexes(strapi);
  const channels = createChannels(strapi, { webhooks: webhookConfigFromEnv(), hotlineIndex: search.index.afterApply });
  const dispatcher = createDispatcher(strapi, channels, definedOnly(dispatcherOptionsFromEnv()));
  setPublishingRuntime(strapi, { dispatcher, channels });
  if (process.env.DISPATCHER !== 'off') dispatcher.start();
}

export async function tearDownPublishing(strapi: Core.Strapi): Promise<void> {
  await publishingRuntime(strapi).dispatcher.stop();
}
