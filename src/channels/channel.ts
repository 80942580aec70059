/**
 * The Channel port: a place that serves published text (web portals, the hotline, service
 * windows, kiosks). Delivering a release makes the channel serve it and answers with the
 * content hash the channel now serves, so consistency can be proven channel by channel.
 */
import type { ChannelName, Delivery } from '../publishing/outbox-store';
import type { Release } from '../publishing/release-store';

export type ChannelDelivery = { release: Release; delivery: Delivery };

export type ChannelAck = {
  /** The hash the channel serves after this delivery (null once revoked). */
  acknowledgedHash: string | null;
  /** `stale`: the channel already serves a newer version, so this one is superseded. */
  outcome: 'applied' | 'same' | 'stale';
  /** Anything worth keeping on the outbox row, e.g. per-endpoint webhook results. */
  detail?: Record<string, unknown>;
};

export type Channel = {
  name: ChannelName;
  deliver(input: ChannelDelivery): Promise<ChannelAck>;
};
