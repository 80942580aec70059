/**
 * The sections of a matter's guide as hast, in reading order, shared by the web, window and
 * kiosk pages: every element of the Publication appears exactly once here.
 */
import type { Element } from 'hast';
import { h } from '../../../markdown/hast-builder';
import { labelOf } from '../../labels';
import type { MatterPublication } from '../types';
import { caption } from './captions';
import { type HtmlContext, field, fields, lineList, lineNode, passageNode, plainNote, section } from './html-fields';
import { materialsSection } from './html-materials';
import { contactSection, locationsSection, resultSection } from './html-places';

/** Title block: name, short name, state and colloquial names. */
export function guideHeader(p: MatterPublication, ctx: HtmlContext): Element {
  return h('header', { className: ['guide-header'] },
    lineNode('h1', p.title, ctx),
    fields(ctx, [['shortName', p.shortName], ['state', p.state]]),
    p.colloquialNames.length > 0 && h('div', { className: ['colloquial'] },
      h('span', { className: ['caption'] }, caption('alsoKnownAs', ctx.locale)),
      lineList(p.colloquialNames, ctx)));
}

/** The plain-language summary (白话版) with the note on the summary, if any. */
export function summarySection(p: MatterPublication, ctx: HtmlContext): Element {
  return section('summary', caption('plainSummary', ctx.locale), lineNode('p', p.plainSummary, ctx, 'plain-summary'), plainNote(p, 'summary', ctx));
}

/** Every section after the header and summary. */
export function bodySections(p: MatterPublication, ctx: HtmlContext): Element[] {
  return [
    basicsSection(p, ctx),
    section('conditions', labelOf('GUIDE_ELEMENTS', 'acceptConditions', ctx.locale),
      passageNode(p.conditions.accept, ctx),
      fields(ctx, [['quantityLimit', p.conditions.quantityLimit], ['prohibitions', p.conditions.prohibitions]]),
      plainNote(p, 'acceptConditions', ctx)),
    materialsSection(p, ctx),
    timeLimitsSection(p, ctx),
    feesSection(p, ctx),
    stepsSection(p, ctx),
    handlingSection(p, ctx),
    locationsSection(p, ctx),
    resultSection(p, ctx),
    contactSection(p, ctx),
    faqSection(p, ctx),
    section('before-you-go', caption('beforeYouGo', ctx.locale), lineList(p.beforeYouGo, ctx)),
    section('common-mistakes', caption('commonMistakes', ctx.locale), lineList(p.commonMistakes, ctx)),
  ];
}

function basicsSection(p: MatterPublication, ctx: HtmlContext): Element {
  return section('basics', caption('basics', ctx.locale),
    h('dl', { className: ['fields'] },
      field('taskType', p.taskType, ctx),
      field('serviceObjects', p.serviceObjects, ctx),
      field('department', p.department.name, ctx),
      p.jointDepartments.length > 0 && [h('dt', {}, caption('jointDepartments', ctx.locale)), h('dd', {}, lineList(p.jointDepartments, ctx))]),
    p.handlingItems.length > 0 && h('h3', {}, caption('handlingItems', ctx.locale)),
    p.handlingItems.length > 0 && h('ul', { className: ['handling-items'] }, p.handlingItems.map((item) =>
      h('li', {}, lineNode('strong', item.name, ctx), item.note && lineNode('p', item.note, ctx)))),
    p.legalBasis.length > 0 && h('h3', {}, caption('legalBasis', ctx.locale)),
    lineList(p.legalBasis, ctx));
}

function timeLimitsSection(p: MatterPublication, ctx: HtmlContext): Element {
  const { legal, promised, specialProcedures } = p.timeLimits;
  return section('time-limits', caption('timeLimits', ctx.locale),
    fields(ctx, [
      ['legalTimeLimit', legal.text], ['remark', legal.note],
      ['promisedTimeLimit', promised.text], ['remark', promised.note],
      ['specialProcedures', specialProcedures],
    ]),
    plainNote(p, 'timeLimits', ctx));
}

function feesSection(p: MatterPublication, ctx: HtmlContext): Element {
  const { fees } = p;
  return section('fees', caption('fees', ctx.locale),
    fields(ctx, [['charged', fees.charged], ['feeBasis', fees.basis], ['payment', fees.payment]]),
    fees.items.length > 0 && h('ol', { className: ['fee-items'] }, fees.items.map((item) =>
      h('li', {}, lineNode('strong', item.name, ctx),
        fields(ctx, [['feeStandard', item.standard], ['feeBasis', item.basis], ['reduction', item.reduction], ['remark', item.remark]])))),
    plainNote(p, 'fees', ctx));
}

function stepsSection(p: MatterPublication, ctx: HtmlContext): Element {
  const flow = (key: 'offlineSteps' | 'onlineSteps', steps: MatterPublication['steps']['offline']) =>
    steps.length > 0 && [
      h('h3', {}, caption(key, ctx.locale)),
      h('ol', { className: ['steps'] }, steps.map((step) =>
        h('li', {}, lineNode('strong', step.name, ctx),
          fields(ctx, [['actor', step.actor], ['stepTimeLimit', step.timeLimit]]),
          step.note && passageNode(step.note, ctx)))),
    ];
  return section('steps', caption('steps', ctx.locale), flow('offlineSteps', p.steps.offline), flow('onlineSteps', p.steps.online), plainNote(p, 'steps', ctx));
}

function handlingSection(p: MatterPublication, ctx: HtmlContext): Element {
  const x = p.handling;
  return section('handling', caption('handling', ctx.locale),
    fields(ctx, [
      ['modes', x.modes], ['visits', x.visits], ['onSiteReason', x.onSiteReason], ['online', x.online],
      ['onlineUrl', x.onlineUrl], ['mobileUrl', x.mobileUrl], ['booking', x.booking], ['courier', x.courier],
    ]),
    plainNote(p, 'onlineService', ctx));
}

function faqSection(p: MatterPublication, ctx: HtmlContext): Element {
  return section('faqs', caption('faqs', ctx.locale),
    p.faqs.length > 0 && h('dl', { className: ['faqs'] }, p.faqs.map((faq) => [lineNode('dt', faq.question, ctx), passageNode(faq.answer, ctx, 'dd')])));
}
