/**
 * The hotline script of a bundle (一件事), in the order a caller needs it: what it covers, who
 * may apply, the services in order, the materials to bring once (and those nobody has to
 * bring), the promised time, where to apply and whom to ask.
 */
import { VALUE_CODES } from '../../value-codes';
import type { BundlePublication, PlannedMaterialEntry } from '../types';
import { type CaptionKey, caption } from './captions';
import { headline } from './hotline-lists';
import { type ScriptContext, captionSegment, fieldLine, lineSegment, official, passageLines } from './hotline-script';
import { locationEntryLines } from './hotline-sections';
import type { ScriptLine, ScriptSection } from './payloads';

type Lines = (p: BundlePublication, ctx: ScriptContext) => ScriptLine[];

const APPLICANT = VALUE_CODES.providedBy['申请人提供'];

const overviewLines: Lines = (p, ctx) => [
  official([lineSegment(p.name, ctx)]),
  ...fieldLine('leadDepartment', p.leadDepartment.name, ctx),
  ...p.coDepartments.map((d) => official([captionSegment('coDepartments', ctx), lineSegment(d.name, ctx)])),
  ...passageLines(p.summary, ctx, captionSegment('bundleSummary', ctx)),
];

/** Each service numbered, with what it waits for, who handles it and its own guide. */
const memberLines: Lines = (p, ctx) => p.members.flatMap((m, i) => [
  official(headline(m.name, [m.optionalNote], ctx), `${i + 1}.`),
  ...fieldLine('memberOrder', m.after, ctx), ...fieldLine('department', m.department.name, ctx), ...fieldLine('guide', m.guide, ctx),
]);

function plannedLines(m: PlannedMaterialEntry, number: number, ctx: ScriptContext): ScriptLine[] {
  return [
    official([lineSegment(m.name, ctx)], `${number}.`),
    ...fieldLine('providedBy', m.providedBy, ctx), ...fieldLine('usedIn', m.usedIn, ctx), ...fieldLine('remark', m.note, ctx),
  ];
}

function group(key: CaptionKey, list: readonly PlannedMaterialEntry[], first: number, ctx: ScriptContext): ScriptLine[] {
  if (list.length === 0) return [];
  return [official([captionSegment(key, ctx)]), ...list.flatMap((m, i) => plannedLines(m, first + i, ctx))];
}

/** What the caller brings, once for every service, first; then what is fetched or produced. */
const materialPlanLines: Lines = (p, ctx) => {
  const bring = p.materialPlan.filter((m) => m.providedBy.code === APPLICANT);
  const others = p.materialPlan.filter((m) => m.providedBy.code !== APPLICANT);
  return [...group('bringOnce', bring, 1, ctx), ...group('notToBring', others, bring.length + 1, ctx)];
};

const timeLimitLines: Lines = (p, ctx) => [
  ...fieldLine('promisedTimeLimit', p.timeLimits.promised.text, ctx), ...fieldLine('remark', p.timeLimits.promised.note, ctx),
];

const placeLines: Lines = (p, ctx) => [
  ...fieldLine('onlineUrl', p.onlineUrl, ctx),
  ...p.locations.flatMap((l, i) => locationEntryLines(l, i + 1, ctx)),
];

const contactLines: Lines = (p, ctx) => {
  const c = p.contact;
  return [
    ...fieldLine('consultPhone', c.consultPhone, ctx), ...fieldLine('consultOnline', c.consultOnline, ctx),
    ...fieldLine('consultEmail', c.consultEmail, ctx), ...fieldLine('consultWechat', c.consultWechat, ctx),
    ...fieldLine('consultAddress', c.consultAddress, ctx),
  ];
};

const SECTIONS: readonly [id: string, title: CaptionKey, lines: Lines][] = [
  ['summary', 'basics', overviewLines],
  ['conditions', 'conditions', (p, ctx) => passageLines(p.conditions, ctx)],
  ['members', 'members', memberLines],
  ['materials', 'materialPlan', materialPlanLines],
  ['time-limits', 'timeLimits', timeLimitLines],
  ['locations', 'locations', placeLines],
  ['contact', 'consultation', contactLines],
];

/** The sections of a bundle's script. */
export function bundleScript(p: BundlePublication, ctx: ScriptContext): ScriptSection[] {
  return SECTIONS.map(([id, title, lines]) => ({ id, title: caption(title, ctx.locale), lines: lines(p, ctx) }));
}
