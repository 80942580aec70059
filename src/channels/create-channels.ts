/**
 * The four channels of a city, wired from configuration: web (read model + portal webhooks),
 * hotline (read model, plus the search index when one is attached), window and kiosk.
 */
import type { Core } from '@strapi/strapi';
import type { ChannelName } from '../publishing/outbox-store';
import type { Channel } from './channel';
import { notifyPortals, type WebhookConfig } from './portal-webhooks';
import { readModelChannel, type AfterApply } from './read-model-channel';

export type ChannelOptions = { webhooks?: WebhookConfig; hotlineIndex?: AfterApply };

function webhookStep(config: WebhookConfig): AfterApply {
  return async (input, state) => {
    const done = (input.delivery.detail?.webhooks as string[] | undefined) ?? [];
    return { webhooks: await notifyPortals(config, state, done) };
  };
}

/** One adapter per channel. */
export function createChannels(strapi: Core.Strapi, options: ChannelOptions = {}): Record<ChannelName, Channel> {
  return {
    web: readModelChannel(strapi, 'web', options.webhooks?.endpoints.length ? webhookStep(options.webhooks) : undefined),
    hotline: readModelChannel(strapi, 'hotline', options.hotlineIndex),
    window: readModelChannel(strapi, 'window'),
    kiosk: readModelChannel(strapi, 'kiosk'),
  };
}

/** Webhook settings from the environment: PORTAL_WEBHOOK_URLS (comma-separated) and PORTAL_WEBHOOK_SECRET. */
export function webhookConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookConfig | undefined {
  const endpoints = (env.PORTAL_WEBHOOK_URLS ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  if (endpoints.length === 0) return undefined;
  const secret = env.PORTAL_WEBHOOK_SECRET;
  if (!secret) throw new Error('PORTAL_WEBHOOK_URLS is set but PORTAL_WEBHOOK_SECRET is not (whsec_ + base64)');
  return { endpoints, secret, timeoutMs: Number(env.PORTAL_WEBHOOK_TIMEOUT_MS ?? 5000) };
}
