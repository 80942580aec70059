/**
 * The sections of a matter's hotline script. Each returns its lines with the official wording
 * first and the editor's plain note for that element (白话) last.
 */
import type { GuideElement } from '../../value-sets';
import type { LocationEntry, MatterPublication } from '../types';
import { type ScriptContext, captionSegment, fieldLine, lineSegment, official, passageLines, plainLine } from './hotline-script';
import { headline } from './hotline-lists';
import type { ScriptLine } from './payloads';

type Lines = (p: MatterPublication, ctx: ScriptContext) => ScriptLine[];

/** The plain note an editor attached to a guide element, as a plain line. */
export function plainFor(p: MatterPublication, element: GuideElement, ctx: ScriptContext): ScriptLine[] {
  const entry = p.plainNotes.find((note) => note.element === element);
  return entry ? [plainLine(entry.note, ctx)] : [];
}

/** Name, classification, department, handling items, legal basis; then the plain summary. */
export const overviewLines: Lines = (p, ctx) => [
  official([lineSegment(p.title, ctx)]),
  ...fieldLine('shortName', p.shortName, ctx), ...fieldLine('state', p.state, ctx),
  ...p.colloquialNames.map((name) => official([captionSegment('alsoKnownAs', ctx), lineSegment(name, ctx)])),
  ...fieldLine('taskType', p.taskType, ctx), ...fieldLine('serviceObjects', p.serviceObjects, ctx),
  ...fieldLine('department', p.department.name, ctx),
  ...p.jointDepartments.map((d) => official([captionSegment('jointDepartments', ctx), lineSegment(d, ctx)])),
  ...p.handlingItems.flatMap((item, i) => [
    official([lineSegment(item.name, ctx)], `${i + 1}.`),
    ...(item.note ? [official([lineSegment(item.note, ctx)])] : []),
  ]),
  ...p.legalBasis.map((basis) => official([captionSegment('legalBasis', ctx), lineSegment(basis, ctx)])),
  plainLine(p.plainSummary, ctx),
  ...plainFor(p, 'summary', ctx),
];

export const conditionLines: Lines = (p, ctx) => [
  ...passageLines(p.conditions.accept, ctx),
  ...fieldLine('quantityLimit', p.conditions.quantityLimit, ctx),
  ...fieldLine('prohibitions', p.conditions.prohibitions, ctx),
  ...plainFor(p, 'acceptConditions', ctx),
];

/** The promise first (what callers ask), then the statutory limit. */
export const timeLimitLines: Lines = (p, ctx) => [
  ...fieldLine('promisedTimeLimit', p.timeLimits.promised.text, ctx), ...fieldLine('remark', p.timeLimits.promised.note, ctx),
  ...fieldLine('legalTimeLimit', p.timeLimits.legal.text, ctx), ...fieldLine('remark', p.timeLimits.legal.note, ctx),
  ...fieldLine('specialProcedures', p.timeLimits.specialProcedures, ctx),
  ...plainFor(p, 'timeLimits', ctx),
];

/** Each fee item as "name, 收费标准：standard", numbered, with basis and reductions. */
export const feeLines: Lines = (p, ctx) => [
  ...fieldLine('charged', p.fees.charged, ctx),
  ...p.fees.items.flatMap((item, i) => [
    official([lineSegment(item.name, ctx), { text: ctx.locale === 'en' ? ', ' : '，' }, captionSegment('feeStandard', ctx), lineSegment(item.standard, ctx)], `${i + 1}.`),
    ...fieldLine('feeBasis', item.basis, ctx), ...fieldLine('reduction', item.reduction, ctx), ...fieldLine('remark', item.remark, ctx),
  ]),
  ...fieldLine('feeBasis', p.fees.basis, ctx), ...fieldLine('payment', p.fees.payment, ctx),
  ...plainFor(p, 'fees', ctx),
];

export const handlingLines: Lines = (p, ctx) => {
  const x = p.handling;
  return [
    ...fieldLine('modes', x.modes, ctx), ...fieldLine('visits', x.visits, ctx), ...fieldLine('onSiteReason', x.onSiteReason, ctx),
    ...fieldLine('online', x.online, ctx), ...fieldLine('onlineUrl', x.onlineUrl, ctx), ...fieldLine('mobileUrl', x.mobileUrl, ctx),
    ...fieldLine('booking', x.booking, ctx), ...fieldLine('courier', x.courier, ctx),
    ...plainFor(p, 'onlineService', ctx),
  ];
};

/** One location, numbered, with its address, window, phone, hours and directions. */
export function locationEntryLines(l: LocationEntry, position: number, ctx: ScriptContext): ScriptLine[] {
  return [
    official(headline(l.name, [l.kind], ctx), `${position}.`),
    ...fieldLine('town', l.town, ctx), ...fieldLine('address', l.address, ctx), ...fieldLine('windowNo', l.windowNo, ctx),
    ...fieldLine('phone', l.phone, ctx), ...fieldLine('hours', l.hours, ctx), ...fieldLine('trafficGuide', l.trafficGuide, ctx),
  ];
}

export const locationLines: Lines = (p, ctx) => [
  ...p.locations.flatMap((l, i) => locationEntryLines(l, i + 1, ctx)),
  ...fieldLine('openingHours', p.openingHours, ctx),
  ...plainFor(p, 'locations', ctx),
];

export const resultLines: Lines = (p, ctx) => [
  ...fieldLine('resultName', p.result.name, ctx), ...fieldLine('resultType', p.result.type, ctx),
  ...fieldLine('resultSample', p.result.sample, ctx), ...fieldLine('delivery', p.result.delivery, ctx),
  ...plainFor(p, 'result', ctx),
];

/** Phones first: they are what a caller writes down. */
export const contactLines: Lines = (p, ctx) => {
  const c = p.contact;
  return [
    ...fieldLine('consultPhone', c.consultPhone, ctx), ...fieldLine('complaintPhone', c.complaintPhone, ctx),
    ...fieldLine('consultOnline', c.consultOnline, ctx), ...fieldLine('consultEmail', c.consultEmail, ctx),
    ...fieldLine('consultWechat', c.consultWechat, ctx), ...fieldLine('consultAddress', c.consultAddress, ctx),
    ...fieldLine('complaintOnline', c.complaintOnline, ctx), ...fieldLine('complaintEmail', c.complaintEmail, ctx),
    ...fieldLine('complaintLetter', c.complaintLetter, ctx),
    ...plainFor(p, 'consultation', ctx),
  ];
};

export const faqLines: Lines = (p, ctx) => p.faqs.flatMap((faq, i) => [
  official([captionSegment('question', ctx), lineSegment(faq.question, ctx)], `${i + 1}.`),
  ...passageLines(faq.answer, ctx, captionSegment('answer', ctx)),
]);
