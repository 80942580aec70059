/**
 * What the console shows when an agent opens a result: the hotline projection of the subject
 * (the same words every channel shows, with its version and hash), and for a knowledge point
 * the matter it belongs to — materials, fees, time limits, where and when, the online link —
 * plus the bundles (一件事) the matter is part of, the text to copy and an SMS version.
 * Pure: the caller hands in what the hotline channel serves.
 */
import type { Inline } from '../markdown/rich-text';
import type { HotlinePayload, Publication, ScriptLine, ScriptSection } from '../domain/publication';
import type { Locale } from '../domain/value-sets';
import { smsText } from './sms-text';

export type ServedStatus = 'inForce' | 'notYetInForce' | 'expired' | 'revoked';

/** One subject as the hotline channel serves it (a channel-state row, reduced). */
export type Served = {
  type: 'knowledgePoint' | 'matter' | 'bundle';
  code: string;
  locale: Locale;
  version: number;
  contentHash: string | null;
  revoked: boolean;
  effectiveFrom: Date | null;
  effectiveTo: Date | null;
  publication: Publication | null;
  projection: HotlinePayload | null;
};

export type SubjectSummary = {
  type: Served['type'];
  code: string;
  locale: Locale;
  title: string;
  version: number;
  contentHash: string | null;
  shortHash: string | null;
  status: ServedStatus;
  effectiveFrom: string | null;
  effectiveTo: string | null;
};

export type MatterView = SubjectSummary & { sections: ScriptSection[]; onlineUrl: string | null };

export type AnswerView = {
  subject: SubjectSummary;
  /** Every section of the subject's hotline script; for a knowledge point "answer" comes first. */
  sections: ScriptSection[];
  /** The official answer as the agent copies it (knowledge point), or the whole script. */
  copyText: string;
  /** The plain-language version (白话), if the text has one. */
  plainText: string | null;
  matter: MatterView | null;
  bundles: { code: string; name: string }[];
  sms: string;
};

/** The matter sections the console shows beside an answer, in this order. */
export const MATTER_SECTION_IDS = ['materials', 'fees', 'time-limits', 'locations', 'handling'] as const;

export const SHORT_HASH_LENGTH = 8;

/** Where a served text stands at `now`. */
export function servedStatus(served: Pick<Served, 'revoked' | 'effectiveFrom' | 'effectiveTo'>, now: Date): ServedStatus {
  if (served.revoked) return 'revoked';
  if (served.effectiveTo && served.effectiveTo.getTime() <= now.getTime()) return 'expired';
  if (served.effectiveFrom && served.effectiveFrom.getTime() > now.getTime()) return 'notYetInForce';
  return 'inForce';
}

export function summarize(served: Served, now: Date): SubjectSummary {
  return {
    type: served.type,
    code: served.code,
    locale: served.locale,
    title: served.projection?.title ?? served.code,
    version: served.version,
    contentHash: served.contentHash,
    shortHash: served.contentHash ? served.contentHash.slice(0, SHORT_HASH_LENGTH) : null,
    status: servedStatus(served, now),
    effectiveFrom: served.effectiveFrom?.toISOString() ?? null,
    effectiveTo: served.effectiveTo?.toISOString() ?? null,
  };
}

const lineText = (line: ScriptLine, element?: string) => {
  const text = line.segments.filter((s) => element === undefined || s.element === element).map((s) => s.text).join('');
  return line.number ? `${line.number} ${text}` : text;
};

/** The official answer (口径) of a knowledge point's script, one script line per line. */
export function answerText(payload: HotlinePayload): string {
  const lines = payload.sections.flatMap((section) => section.lines).filter((line) => line.segments.some((s) => s.element === 'answer'));
  return lines.map((line) => lineText(line, 'answer')).join('\n');
}

/** The plain-language line's words, without its caption. */
export function plainTextOf(payload: HotlinePayload): string | null {
  const plain = payload.sections.flatMap((section) => section.lines).find((line) => line.kind === 'plain');
  return plain ? plain.segments.filter((s) => s.element !== undefined).map((s) => s.text).join('') : null;
}

/** The whole script as the agent would read it: section titles, then the lines. */
export function scriptText(sections: readonly ScriptSection[]): string {
  return sections.map((section) => [`【${section.title}】`, ...section.lines.map((line) => lineText(line))].join('\n')).join('\n\n');
}

function firstHref(runs: readonly Inline[] | undefined): string | null {
  const link = runs?.find((run) => run.type === 'link');
  return link && link.type === 'link' ? link.href : null;
}

/** The web guide a caller can open: the matter's or bundle's online guide (广东政务服务网). */
export function webGuideUrl(publication: Publication | null): string | null {
  if (publication?.kind === 'matter') return firstHref(publication.handling.onlineUrl?.runs);
  if (publication?.kind === 'bundle') return firstHref(publication.onlineUrl?.runs);
  return null;
}

/** Bundles whose members include the matter, by their hotline titles. */
export function bundlesOf(matterCode: string, bundles: readonly Served[]): { code: string; name: string }[] {
  return bundles
    .filter((b) => !b.revoked && b.publication?.kind === 'bundle' && b.publication.members.some((m) => m.matter === matterCode))
    .map((b) => ({ code: b.code, name: b.projection?.title ?? b.code }));
}

export type AnswerSources = {
  subject: Served;
  /** The knowledge point's matter, as the hotline channel serves it. */
  matter?: Served | null;
  /** Every bundle the hotline channel serves in the subject's locale. */
  bundles: readonly Served[];
  now: Date;
};

function matterView(matter: Served, now: Date): MatterView {
  const sections = (matter.projection?.sections ?? []).filter((s) => (MATTER_SECTION_IDS as readonly string[]).includes(s.id));
  sections.sort((a, b) => MATTER_SECTION_IDS.indexOf(a.id as never) - MATTER_SECTION_IDS.indexOf(b.id as never));
  return { ...summarize(matter, now), sections, onlineUrl: webGuideUrl(matter.publication) };
}

function bundleOfPoint(subject: Served, bundles: readonly Served[]): Served | undefined {
  const code = subject.publication?.kind === 'knowledge-point' ? subject.publication.bundle : undefined;
  return code ? bundles.find((b) => b.code === code && !b.revoked) : undefined;
}

function relatedBundles(subject: Served, matterCode: string | undefined, bundles: readonly Served[]): { code: string; name: string }[] {
  if (subject.type === 'bundle') return [];
  const own = bundleOfPoint(subject, bundles);
  const found = [...(own ? [{ code: own.code, name: own.projection?.title ?? own.code }] : []), ...(matterCode ? bundlesOf(matterCode, bundles) : [])];
  return found.filter((b, i) => found.findIndex((other) => other.code === b.code) === i);
}

/** The console's view of one opened result. */
export function composeAnswer({ subject, matter, bundles, now }: AnswerSources): AnswerView {
  const payload = subject.projection;
  const sections = payload?.sections ?? [];
  const isPoint = subject.type === 'knowledgePoint';
  const copyText = payload && isPoint ? answerText(payload) : scriptText(sections);
  const plainText = payload ? plainTextOf(payload) : null;
  const matterCode = subject.type === 'matter' ? subject.code : matter?.code;
  const link = webGuideUrl(matter?.publication ?? bundleOfPoint(subject, bundles)?.publication ?? subject.publication);
  return {
    subject: summarize(subject, now),
    sections,
    copyText,
    plainText,
    matter: isPoint && matter && !matter.revoked ? matterView(matter, now) : null,
    bundles: relatedBundles(subject, matterCode, bundles),
    sms: smsText({ locale: subject.locale, text: plainText ?? copyText, link }),
  };
}
