/**
 * The numbered parts of the hotline script: materials (one line each with necessity, form and
 * copies, details below, plain notes after all of them) and process steps.
 */
import { noteBrackets } from '../../../markdown/rich-text';
import type { Line, MatterPublication, StepEntry } from '../types';
import { caption } from './captions';
import { type ScriptContext, captionSegment, fieldLine, lineSegment, official, passageLines } from './hotline-script';
import type { ScriptLine, Segment } from './payloads';

function separator(ctx: ScriptContext): string {
  return ctx.locale === 'en' ? '; ' : '；';
}

/** "name（a；b；c）" with the present parts only. */
export function headline(name: Line, parts: (Line | undefined)[], ctx: ScriptContext): Segment[] {
  const present = parts.filter((part): part is Line => part !== undefined);
  if (present.length === 0) return [lineSegment(name, ctx)];
  const [open, close] = noteBrackets(ctx.locale);
  const inner = present.flatMap((part, i) => (i === 0 ? [lineSegment(part, ctx)] : [{ text: separator(ctx) }, lineSegment(part, ctx)]));
  return [lineSegment(name, ctx), { text: open }, ...inner, { text: close }];
}

/** Materials: official lines first, then each material's plain note. */
export function materialLines(p: MatterPublication, ctx: ScriptContext): ScriptLine[] {
  const officialLines = p.materials.flatMap((m, i) => [
    official(headline(m.name, [m.necessity, m.form, m.copies], ctx), `${i + 1}.`),
    ...fieldLine('materialType', m.materialType, ctx), ...fieldLine('submission', m.submission, ctx),
    ...fieldLine('source', m.source, ctx), ...fieldLine('sourceNote', m.sourceNote, ctx),
    ...fieldLine('eCertificate', m.eCertificate, ctx), ...fieldLine('paperSize', m.paperSize, ctx),
    ...(m.fillingInstructions ? passageLines(m.fillingInstructions, ctx, captionSegment('fillingInstructions', ctx)) : []),
    ...fieldLine('acceptanceStandard', m.acceptanceStandard, ctx), ...fieldLine('sampleForm', m.sample, ctx),
    ...fieldLine('blankForm', m.blank, ctx), ...fieldLine('tolerance', m.tolerance, ctx),
    ...fieldLine('materialBasis', m.legalBasis, ctx), ...fieldLine('remark', m.remark, ctx),
  ]);
  const plainLines = p.materials.flatMap((m, i): ScriptLine[] => {
    if (!m.plainNote) return [];
    const colon = ctx.locale === 'en' ? ': ' : '：';
    const segments: Segment[] = [captionSegment('plain', ctx), lineSegment(m.name, ctx), { text: colon }, lineSegment(m.plainNote, ctx)];
    return [{ kind: 'plain', number: `${i + 1}.`, segments }];
  });
  return [...officialLines, ...plainLines];
}

function stepFlow(steps: readonly StepEntry[], title: 'offlineSteps' | 'onlineSteps', ctx: ScriptContext): ScriptLine[] {
  if (steps.length === 0) return [];
  return [
    official([{ text: caption(title, ctx.locale) }]),
    ...steps.flatMap((step, i) => [
      official(headline(step.name, [step.actor, step.timeLimit], ctx), `${i + 1}.`),
      ...(step.note ? passageLines(step.note, ctx) : []),
    ]),
  ];
}

/** Offline then online steps, each numbered. */
export function stepLines(p: MatterPublication, ctx: ScriptContext): ScriptLine[] {
  return [...stepFlow(p.steps.offline, 'offlineSteps', ctx), ...stepFlow(p.steps.online, 'onlineSteps', ctx)];
}
