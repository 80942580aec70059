/**
 * Materials as hast: the full description in the guide, and the window's intake checklist with
 * a tick box, the form and the copies of each material.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import type { MaterialEntry, MatterPublication } from '../types';
import { caption, colon } from './captions';
import { type HtmlContext, fields, lineNode, plainNote, section } from './html-fields';

/** The materials section of the guide. */
export function materialsSection(p: MatterPublication, ctx: HtmlContext): Element {
  return section('materials', caption('materials', ctx.locale),
    p.materials.length > 0 && h('ol', { className: ['materials'] }, p.materials.map((m) => materialItem(m, ctx))),
    plainNote(p, 'materials', ctx));
}

function materialItem(m: MaterialEntry, ctx: HtmlContext): Element {
  return h('li', { className: ['material', `necessity-${m.necessity.code}`] },
    lineNode('h3', m.name, ctx, 'material-name'),
    fields(ctx, [
      ['necessity', m.necessity], ['materialType', m.materialType], ['form', m.form], ['copies', m.copies],
      ['submission', m.submission], ['source', m.source], ['sourceNote', m.sourceNote], ['eCertificate', m.eCertificate],
      ['paperSize', m.paperSize], ['fillingInstructions', m.fillingInstructions], ['acceptanceStandard', m.acceptanceStandard],
      ['plainNote', m.plainNote], ['sampleForm', m.sample], ['blankForm', m.blank], ['tolerance', m.tolerance],
      ['materialBasis', m.legalBasis], ['remark', m.remark],
    ]));
}

/**
 * The intake checklist (收件清单): one row per material with an empty tick box the clerk
 * marks by hand. The box is drawn by CSS, so it adds no text.
 */
export function intakeChecklist(p: MatterPublication, ctx: HtmlContext): Element {
  const head = ['received', 'materials', 'necessity', 'form', 'copies', 'forms'] as const;
  return section('checklist', caption('intakeChecklist', ctx.locale),
    h('table', { className: ['checklist'] },
      h('thead', {}, h('tr', {}, head.map((key) => h('th', { scope: 'col' }, caption(key, ctx.locale))))),
      h('tbody', {}, p.materials.map((m) => h('tr', {},
        h('td', { className: ['tick'] }, h('span', { className: ['box'], ariaHidden: 'true' })),
        h('td', {}, lineNode('span', m.name, ctx)),
        h('td', {}, lineNode('span', m.necessity, ctx)),
        h('td', {}, m.form && lineNode('span', m.form, ctx)),
        h('td', {}, m.copies && lineNode('span', m.copies, ctx)),
        h('td', {}, m.sample && lineNode('span', m.sample, ctx), m.blank && lineNode('span', m.blank, ctx, 'blank-form')))))),
    signatures(ctx));
}

/** The signature lines under an intake checklist: applicant, clerk, date. */
export function signatures(ctx: HtmlContext): Element {
  return h('p', { className: ['signatures'] },
    h('span', {}, `${caption('applicantSignature', ctx.locale)}${colon(ctx.locale)}`), h('span', { className: ['sign-line'] }),
    h('span', {}, `${caption('clerkSignature', ctx.locale)}${colon(ctx.locale)}`), h('span', { className: ['sign-line'] }),
    h('span', {}, `${caption('date', ctx.locale)}${colon(ctx.locale)}`), h('span', { className: ['sign-line'] }));
}
