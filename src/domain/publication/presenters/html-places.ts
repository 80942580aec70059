/**
 * Locations, result and contact sections as hast.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import type { LocationEntry, MatterPublication } from '../types';
import { caption } from './captions';
import { type HtmlContext, field, fields, lineNode, plainNote, section } from './html-fields';

/** Where to apply, with each location's address, window, phone and hours. */
export function locationsSection(p: MatterPublication, ctx: HtmlContext): Element {
  return section('locations', caption('locations', ctx.locale),
    p.locations.length > 0 && h('ul', { className: ['locations'] }, p.locations.map((l) => locationItem(l, ctx))),
    h('dl', { className: ['fields'] }, field('openingHours', p.openingHours, ctx)),
    plainNote(p, 'locations', ctx));
}

/** One location with its details, as a list item. */
export function locationItem(l: LocationEntry, ctx: HtmlContext): Element {
  return h('li', { className: ['location'], id: `location-${l.code}` },
    lineNode('h3', l.name, ctx),
    fields(ctx, [
      ['town', l.town], ['address', l.address], ['windowNo', l.windowNo], ['phone', l.phone], ['hours', l.hours],
      ['trafficGuide', l.trafficGuide],
    ]),
    lineNode('span', l.kind, ctx, 'location-kind'));
}

/** What the applicant receives and how. */
export function resultSection(p: MatterPublication, ctx: HtmlContext): Element {
  const r = p.result;
  return section('result', caption('result', ctx.locale),
    fields(ctx, [['resultType', r.type], ['resultName', r.name], ['resultSample', r.sample], ['delivery', r.delivery]]),
    plainNote(p, 'result', ctx));
}

/** Enquiry and complaint channels. */
export function contactSection(p: MatterPublication, ctx: HtmlContext): Element {
  const c = p.contact;
  return section('contact', caption('contact', ctx.locale),
    fields(ctx, [
      ['consultPhone', c.consultPhone], ['consultOnline', c.consultOnline], ['consultEmail', c.consultEmail],
      ['consultWechat', c.consultWechat], ['consultAddress', c.consultAddress], ['complaintPhone', c.complaintPhone],
      ['complaintOnline', c.complaintOnline], ['complaintEmail', c.complaintEmail], ['complaintLetter', c.complaintLetter],
    ]),
    plainNote(p, 'consultation', ctx));
}
