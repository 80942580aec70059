/**
 * Tells the portals (广东政务服务网, i莞家, 粤省事 …) that a guide changed: one signed POST per
 * configured endpoint, with the version and hash so a portal can drop stale or repeated
 * messages (the message id is the same on every retry of a version). An endpoint that already
 * took a version is not called again for it; the others are retried by the outbox.
 */
import type { ChannelState } from './channel-state-store';
import { PUBLISHED_PATHS } from '../publishing/subject';
import { signWebhook } from './standard-webhooks';

export type WebhookConfig = { endpoints: string[]; secret: string; timeoutMs: number };

export type WebhookEvent = {
  type: 'guide.published' | 'guide.revoked';
  subject: { type: string; code: string; locale: string };
  version: number;
  contentHash: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  url: string;
};

/** The message a portal receives for a state. */
export function webhookEvent(state: ChannelState): WebhookEvent {
  return {
    type: state.revoked ? 'guide.revoked' : 'guide.published',
    subject: { type: state.subjectType, code: state.subjectCode, locale: state.locale },
    version: state.version,
    contentHash: state.contentHash,
    effectiveFrom: state.effectiveFrom?.toISOString() ?? null,
    effectiveTo: state.effectiveTo?.toISOString() ?? null,
    url: `/api/${PUBLISHED_PATHS[state.subjectType]}/${encodeURIComponent(state.subjectCode)}?locale=${state.locale}`,
  };
}

async function post(endpoint: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<void> {
  const response = await fetch(endpoint, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`${endpoint} answered ${response.status}`);
}

/**
 * Sends the event to every endpoint not yet in `done`; returns the endpoints that have it now.
 * Throws after trying them all if any failed, so the delivery is retried.
 */
export async function notifyPortals(config: WebhookConfig, state: ChannelState, done: readonly string[]): Promise<string[]> {
  const id = `msg_${state.subjectKey}_v${state.version}`.replace(/[^A-Za-z0-9_.-]/g, '_');
  const body = JSON.stringify(webhookEvent(state));
  const delivered = [...done];
  const failures: string[] = [];
  for (const endpoint of config.endpoints.filter((e) => !done.includes(e))) {
    try {
      await post(endpoint, body, signWebhook(config.secret, id, body), config.timeoutMs);
      delivered.push(endpoint);
    } catch (error) {
      failures.push(`${endpoint}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) throw Object.assign(new Error(`Webhook delivery failed: ${failures.join('; ')}`), { delivered });
  return delivered;
}
