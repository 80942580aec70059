/**
 * A channel whose output is a read model row: the release projected for the channel, stored
 * in channel-state if it is newer than what the channel serves. Web, window, kiosk and the
 * hotline all start from this; web adds webhooks, the hotline adds its search index.
 */
import type { Core } from '@strapi/strapi';
import type { Publication } from '../domain/publication';
import type { ChannelName } from '../publishing/outbox-store';
import type { Release } from '../publishing/release-store';
import { subjectKey } from '../publishing/subject';
import type { Channel, ChannelAck, ChannelDelivery } from './channel';
import { applyState, type ApplyOutcome, type ChannelState } from './channel-state-store';
import { projectForChannel } from './projections';

/** The channel-state row a release becomes on one channel. */
export function stateOf(channel: ChannelName, release: Release): ChannelState {
  const subject = { type: release.subjectType, code: release.subjectCode, locale: release.locale };
  const revoked = release.action === 'revoke';
  const publication = release.publication as Publication | null;
  return {
    channel,
    subjectKey: subjectKey(subject),
    subjectType: subject.type,
    subjectCode: subject.code,
    locale: subject.locale,
    version: release.version,
    contentHash: release.contentHash,
    revoked,
    payload: revoked || !publication ? null : { publication, projection: projectForChannel(channel, publication) },
    effectiveFrom: release.effectiveFrom,
    effectiveTo: release.effectiveTo,
    servedSince: new Date(),
  };
}

export type AfterApply = (input: ChannelDelivery, state: ChannelState, outcome: ApplyOutcome) => Promise<Record<string, unknown> | undefined>;

/** A channel that stores its projection of each release; `after` runs once the row is stored. */
export function readModelChannel(strapi: Core.Strapi, name: ChannelName, after?: AfterApply): Channel {
  return {
    name,
    async deliver(input): Promise<ChannelAck> {
      const state = stateOf(name, input.release);
      const outcome = await applyState(strapi, state);
      // A version older than the one served is not announced: receivers would only drop it.
      const detail = after && outcome !== 'stale' ? await after(input, state, outcome) : undefined;
      return { acknowledgedHash: input.release.contentHash, outcome, detail };
    },
  };
}
