/**
 * Kiosk presenter (适老化): a large-print, high-contrast page for self-service terminals. The
 * plain-language summary comes right after the title; the rest follows in guide order.
 */
import { h } from '../../../markdown/hast-builder';
import { runsText } from '../../../markdown/rich-text';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeDocument } from '../../../markdown/safe-html';
import type { MatterPublication } from '../types';
import { type HtmlContext, provenance } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { KIOSK_CSS } from './page-styles';
import { type KioskPayload, envelopeOf, finishPayload } from './payloads';

/** Project a matter Publication to the kiosk channel. */
export function presentKiosk(publication: MatterPublication): KioskPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const body = [
    h('article', { className: ['kiosk-guide'] },
      guideHeader(publication, ctx),
      summarySection(publication, ctx),
      bodySections(publication, ctx)),
    provenance(envelope.version, publication.contentHash, ctx),
  ];
  const title = runsText(publication.title.runs, publication.locale);
  const html = toSafeDocument({ lang: publication.locale, title, css: KIOSK_CSS, bodyClass: 'kiosk' }, body);
  return finishPayload<KioskPayload>({ channel: 'kiosk', ...envelope, html });
}
