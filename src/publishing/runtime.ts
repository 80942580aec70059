/**
 * The publishing services of a running app (dispatcher and channels), registered in Strapi's
 * container so commands, routes, scripts and tests reach the one instance the app started.
 */
import type { Core } from '@strapi/strapi';
import type { Channel } from '../channels/channel';
import type { Dispatcher } from './dispatcher';
import type { ChannelName } from './outbox-store';

export type PublishingRuntime = { dispatcher: Dispatcher; channels: Record<ChannelName, Channel> };

const NAME = 'tongyuan-publishing';

type Container = { add(name: string, value: unknown): unknown; has(name: string): boolean; get(name: string): unknown };

export function setPublishingRuntime(strapi: Core.Strapi, runtime: PublishingRuntime): void {
  (strapi as unknown as Container).add(NAME, runtime);
}

/** The runtime of an app; throws if bootstrap has not set it up (a wiring bug). */
export function publishingRuntime(strapi: Core.Strapi): PublishingRuntime {
  const container = strapi as unknown as Container;
  if (!container.has(NAME)) throw new Error('Publishing is not set up: bootstrap must call setUpPublishing first');
  return container.get(NAME) as PublishingRuntime;
}
