/**
 * What a publish command knows that Strapi's publish call cannot carry: who asked, and when
 * the release takes effect. The command sets it around the call; the publish pipeline reads it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { Recorded } from './record-release';

export type PublishOptions = {
  actor?: string;
  effectiveFrom?: Date;
  /** Told about each release the pipeline records (or finds unchanged) during the call. */
  onRecorded?: (recorded: Recorded) => void;
};

const storage = new AsyncLocalStorage<PublishOptions>();

/** Runs `work` with publish options in scope. */
export function withPublishOptions<T>(options: PublishOptions, work: () => Promise<T>): Promise<T> {
  return storage.run(options, work);
}

export function currentPublishOptions(): PublishOptions {
  return storage.getStore() ?? {};
}

/** Who is publishing: the command's actor, else the admin user or API token of the request, else "system". */
export function currentActor(strapi: Core.Strapi): string {
  const given = currentPublishOptions().actor;
  if (given) return given;
  const state = (strapi.requestContext.get() as { state?: { user?: { email?: string }; auth?: { credentials?: { name?: string } } } } | undefined)?.state;
  if (state?.user?.email) return `admin:${state.user.email}`;
  if (state?.auth?.credentials?.name) return `api-token:${state.auth.credentials.name}`;
  return 'system';
}
