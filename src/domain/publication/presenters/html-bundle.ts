/**
 * A bundle (一件事) as hast, in reading order, shared by the web, window and kiosk pages: what it
 * covers, who may apply, the members in order, one set of materials, time, where and whom to
 * ask; and the window's intake checklist with one tick box per material, once for the bundle.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import type { BundleMemberEntry, BundlePublication, PlannedMaterialEntry } from '../types';
import { caption } from './captions';
import { type HtmlContext, fields, lineNode, passageNode, section } from './html-fields';
import { signatures } from './html-materials';
import { locationItem } from './html-places';

/** Title block: the bundle's name. */
export function bundleHeader(p: BundlePublication, ctx: HtmlContext): Element {
  return h('header', { className: ['guide-header'] }, lineNode('h1', p.name, ctx));
}

/** What the bundle covers. */
export function bundleSummarySection(p: BundlePublication, ctx: HtmlContext): Element {
  return section('summary', caption('bundleSummary', ctx.locale), passageNode(p.summary, ctx));
}

/** Every section after the header and summary. */
export function bundleBodySections(p: BundlePublication, ctx: HtmlContext): Element[] {
  const c = p.contact;
  const sections = [
    section('basics', caption('basics', ctx.locale),
      fields(ctx, [['leadDepartment', p.leadDepartment.name]]),
      p.coDepartments.length > 0 && [
        h('h3', {}, caption('coDepartments', ctx.locale)),
        h('ul', {}, p.coDepartments.map((d) => lineNode('li', d.name, ctx))),
      ]),
    section('conditions', caption('conditions', ctx.locale), passageNode(p.conditions, ctx)),
    section('members', caption('members', ctx.locale), h('ol', { className: ['members'] }, p.members.map((m) => memberItem(m, ctx)))),
    section('materials', caption('materialPlan', ctx.locale),
      p.materialPlan.length > 0 && h('ol', { className: ['materials'] }, p.materialPlan.map((m) => plannedItem(m, ctx)))),
    section('time-limits', caption('timeLimits', ctx.locale),
      fields(ctx, [['promisedTimeLimit', p.timeLimits.promised.text], ['remark', p.timeLimits.promised.note]])),
    p.onlineUrl && section('handling', caption('handling', ctx.locale), fields(ctx, [['onlineUrl', p.onlineUrl]])),
    section('locations', caption('locations', ctx.locale),
      p.locations.length > 0 && h('ul', { className: ['locations'] }, p.locations.map((l) => locationItem(l, ctx)))),
    section('contact', caption('consultation', ctx.locale),
      fields(ctx, [
        ['consultPhone', c.consultPhone], ['consultOnline', c.consultOnline], ['consultEmail', c.consultEmail],
        ['consultWechat', c.consultWechat], ['consultAddress', c.consultAddress],
      ])),
  ];
  return sections.filter((node): node is Element => Boolean(node));
}

function memberItem(m: BundleMemberEntry, ctx: HtmlContext): Element {
  return h('li', { className: m.optional ? ['member', 'member-optional'] : ['member'] },
    lineNode('h3', m.name, ctx, 'member-name'),
    m.optionalNote && lineNode('p', m.optionalNote, ctx, 'optional-note'),
    fields(ctx, [['memberOrder', m.after], ['department', m.department.name], ['guide', m.guide]]));
}

function plannedItem(m: PlannedMaterialEntry, ctx: HtmlContext): Element {
  return h('li', { className: ['material', `provided-${m.providedBy.code}`] },
    lineNode('h3', m.name, ctx, 'material-name'),
    fields(ctx, [['providedBy', m.providedBy], ['usedIn', m.usedIn], ['remark', m.note]]));
}

/**
 * The intake checklist (收件清单) of the whole bundle: one row and one tick box per planned
 * material, however many members use it. The box is drawn by CSS, so it adds no text.
 */
export function bundleIntakeChecklist(p: BundlePublication, ctx: HtmlContext): Element {
  const head = ['received', 'materials', 'providedBy', 'usedIn'] as const;
  return section('checklist', caption('intakeChecklist', ctx.locale),
    h('table', { className: ['checklist', 'bundle-checklist'] },
      h('thead', {}, h('tr', {}, head.map((key) => h('th', { scope: 'col' }, caption(key, ctx.locale))))),
      h('tbody', {}, p.materialPlan.map((m) => h('tr', {},
        h('td', { className: ['tick'] }, h('span', { className: ['box'], ariaHidden: 'true' })),
        h('td', {}, lineNode('span', m.name, ctx)),
        h('td', {}, lineNode('span', m.providedBy, ctx)),
        h('td', {}, m.usedIn && lineNode('span', m.usedIn, ctx)))))),
    signatures(ctx));
}
