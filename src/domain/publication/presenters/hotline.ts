/**
 * Hotline presenter: the script a 12345 agent reads out, for a matter, a bundle (hotline-bundle.ts)
 * or a knowledge point. In every section the official wording (口径) comes first and the plain
 * version (白话) after it; materials, steps and fees are numbered; time limits and fees are read
 * as whole sentences with their units.
 */
import { runsText } from '../../../markdown/rich-text';
import type { KnowledgePointPublication, Line, MatterPublication, Publication } from '../types';
import { type CaptionKey, caption } from './captions';
import { bundleScript } from './hotline-bundle';
import { materialLines, stepLines } from './hotline-lists';
import { type ScriptContext, captionSegment, fieldLine, lineSegment, official, passageLines, plainLine, scriptText } from './hotline-script';
import {
  conditionLines, contactLines, faqLines, feeLines, handlingLines, locationLines, overviewLines, plainFor, resultLines, timeLimitLines,
} from './hotline-sections';
import { type HotlinePayload, type ScriptLine, type ScriptSection, envelopeOf, finishPayload } from './payloads';

type SectionSpec = [id: string, title: CaptionKey, lines: (p: MatterPublication, ctx: ScriptContext) => ScriptLine[]];

/** The sections of a matter's script, in the order an agent answers. */
const MATTER_SECTIONS: readonly SectionSpec[] = [
  ['summary', 'basics', overviewLines],
  ['conditions', 'conditions', conditionLines],
  ['materials', 'materials', (p, ctx) => [...materialLines(p, ctx), ...plainFor(p, 'materials', ctx)]],
  ['time-limits', 'timeLimits', timeLimitLines],
  ['fees', 'fees', feeLines],
  ['steps', 'steps', (p, ctx) => [...stepLines(p, ctx), ...plainFor(p, 'steps', ctx)]],
  ['handling', 'handling', handlingLines],
  ['locations', 'locations', locationLines],
  ['result', 'result', resultLines],
  ['contact', 'contact', contactLines],
  ['faqs', 'faqs', faqLines],
  ['before-you-go', 'beforeYouGo', (p, ctx) => p.beforeYouGo.map((tip, i) => official([lineSegment(tip, ctx)], `${i + 1}.`))],
  ['common-mistakes', 'commonMistakes', (p, ctx) => p.commonMistakes.map((tip, i) => official([lineSegment(tip, ctx)], `${i + 1}.`))],
];

/** Project a Publication to the hotline channel. */
export function presentHotline(publication: Publication): HotlinePayload {
  const ctx: ScriptContext = { locale: publication.locale };
  const { name, sections } = script(publication, ctx);
  const title = runsText(name.runs, publication.locale);
  return finishPayload<HotlinePayload>({ channel: 'hotline', ...envelopeOf(publication), title, sections, script: scriptText(sections) });
}

/** The script of a Publication and the line it is titled by. */
function script(publication: Publication, ctx: ScriptContext): { name: Line; sections: ScriptSection[] } {
  if (publication.kind === 'matter') return { name: publication.title, sections: matterScript(publication, ctx) };
  if (publication.kind === 'bundle') return { name: publication.name, sections: bundleScript(publication, ctx) };
  return { name: publication.question, sections: pointScript(publication, ctx) };
}

function matterScript(p: MatterPublication, ctx: ScriptContext): ScriptSection[] {
  return MATTER_SECTIONS.map(([id, title, lines]) => ({ id, title: caption(title, ctx.locale), lines: lines(p, ctx) }));
}

/** A knowledge point: question and official answer, the plain answer, then the details. */
function pointScript(p: KnowledgePointPublication, ctx: ScriptContext): ScriptSection[] {
  const answer: ScriptLine[] = [
    official([captionSegment('question', ctx), lineSegment(p.question, ctx)]),
    ...passageLines(p.answer, ctx, captionSegment('answer', ctx)),
    ...(p.plainAnswer ? [plainLine(p.plainAnswer, ctx)] : []),
  ];
  const details: ScriptLine[] = [
    ...p.similarQuestions.map((q) => official([captionSegment('similarQuestions', ctx), lineSegment(q, ctx)])),
    ...fieldLine('knowledgeKind', p.knowledgeKind, ctx), ...fieldLine('categoryPath', p.categoryPath, ctx),
    ...fieldLine('relatedMatter', p.matter?.title, ctx), ...fieldLine('department', p.department.name, ctx),
  ];
  return [
    { id: 'answer', title: caption('official', ctx.locale), lines: answer },
    { id: 'details', title: caption('basics', ctx.locale), lines: details },
  ];
}
