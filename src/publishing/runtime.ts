/**
 * The publishing services of a running app (dispatcher and channels), registered in Strapi's
 * container so commands, routes, scripts and tests reach the one instance the app started.
 */
import type { Core } from '@strapi/strapi';
import { appService, registerAppService } from '../runtime/app-services';
import type { Channel } from '../channels/channel';
import type { Dispatcher } from './dispatcher';
import type { ChannelName } from './outbox-store';

export type PublishingRuntime = { dispatcher: Dispatcher; channels: Record<ChannelName, Channel> };

const NAME = 'tongyuan-publishing';

export function setPublishingRuntime(strapi: Core.Strapi, runtime: PublishingRuntime): void {
  registerAppService(strapi, NAME, runtime);
}

/** The runtime of an app; throws if bootstrap has not set it up (a wiring bug). */
export function publishingRuntime(strapi: Core.Strapi): PublishingRuntime {
  return appService<PublishingRuntime>(strapi, NAME, 'setUpPublishing');
}
