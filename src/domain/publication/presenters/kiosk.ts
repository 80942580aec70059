/**
 * Kiosk presenter (适老化): a large-print, high-contrast page for self-service terminals. The
 * plain-language summary (for a bundle, what it covers) comes right after the title; the rest
 * follows in guide order.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import { runsText } from '../../../markdown/rich-text';
import { hastContext } from '../../../markdown/rich-text-to-hast';
import { toSafeDocument } from '../../../markdown/safe-html';
import type { BundlePublication, Line, MatterPublication } from '../types';
import { bundleBodySections, bundleHeader, bundleSummarySection } from './html-bundle';
import { type HtmlContext, provenance } from './html-fields';
import { bodySections, guideHeader, summarySection } from './html-guide';
import { KIOSK_CSS } from './page-styles';
import { type KioskPayload, envelopeOf, finishPayload } from './payloads';

/** Project a matter or bundle Publication to the kiosk channel. */
export function presentKiosk(publication: MatterPublication | BundlePublication): KioskPayload {
  const ctx: HtmlContext = { locale: publication.locale, hast: hastContext(publication.locale) };
  const envelope = envelopeOf(publication);
  const guide = publication.kind === 'matter' ? matterGuide(publication, ctx) : bundleGuide(publication, ctx);
  const body = [
    h('article', { className: ['kiosk-guide'] }, guide.sections),
    provenance(envelope.version, publication.contentHash, ctx),
  ];
  const title = runsText(guide.name.runs, publication.locale);
  const html = toSafeDocument({ lang: publication.locale, title, css: KIOSK_CSS, bodyClass: 'kiosk' }, body);
  return finishPayload<KioskPayload>({ channel: 'kiosk', ...envelope, html });
}

type Guide = { name: Line; sections: Element[] };

function matterGuide(p: MatterPublication, ctx: HtmlContext): Guide {
  return { name: p.title, sections: [guideHeader(p, ctx), summarySection(p, ctx), ...bodySections(p, ctx)] };
}

function bundleGuide(p: BundlePublication, ctx: HtmlContext): Guide {
  return { name: p.name, sections: [bundleHeader(p, ctx), bundleSummarySection(p, ctx), ...bundleBodySections(p, ctx)] };
}
