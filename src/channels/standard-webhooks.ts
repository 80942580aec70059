/**
 * Signing per the Standard Webhooks specification: headers `webhook-id`, `webhook-timestamp`
 * (seconds) and `webhook-signature` = `v1,` + base64 HMAC-SHA256 over `id.timestamp.body`,
 * keyed with the base64 secret after its `whsec_` prefix. Portals verify with any Standard
 * Webhooks library.
 */
import { createHmac } from 'node:crypto';

export type SignedHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 16) throw new RangeError('A webhook secret must hold at least 16 bytes (whsec_ + base64)');
  return key;
}

/** The three signature headers for one message. */
export function signWebhook(secret: string, id: string, body: string, at: Date = new Date()): SignedHeaders {
  const timestamp = Math.floor(at.getTime() / 1000).toString();
  const signature = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
