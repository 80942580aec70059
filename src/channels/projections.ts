/**
 * Which presenter formats a publication for which channel. Window and kiosk pages exist for
 * guides and bundles; a knowledge point is shown there as its web card, with the same words.
 */
import type { Publication } from '../domain/publication';
import { presentHotline, presentKiosk, presentWeb, presentWindow } from '../domain/publication';
import type { ChannelName } from '../publishing/outbox-store';

/** The channel payload of a publication. */
export function projectForChannel(channel: ChannelName, publication: Publication): unknown {
  if (channel === 'hotline') return presentHotline(publication);
  if (channel === 'web' || publication.kind === 'knowledge-point') return presentWeb(publication);
  return channel === 'window' ? presentWindow(publication) : presentKiosk(publication);
}
