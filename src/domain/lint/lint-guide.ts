/**
 * Guide lint: the Markdown rules over every guide text plus the inspection rules over the
 * matter. `buildPublication` runs the same pass (through `inspectMatter`, reusing the parsed
 * trees); `lintGuide(s)` runs it alone, e.g. for `npm run lint:guides`.
 */
import type { Root } from 'mdast';
import { parseGuideMarkdown } from '../../markdown/guide-markdown';
import type { Matter } from '../guide';
import { type GuideContext, indexOf } from '../publication/context';
import { type GuideText, guideTexts } from '../publication/guide-fields';
import type { Locale } from '../value-sets';
import type { ReferenceTargets } from './lint-dangling-reference';
import { type RatedFinding, markdownLinter } from './lint-markdown';
import { type Finding, type LintMessage, type LintOptions, settingOf } from './lint-message';
import { projectTypeConsistency, promisedWithinLegal, resultTypeByName } from './rules-consistency';
import { fullOnlineNoVisit, onSiteReason, onSiteReasonNone, onlineUrl, postalWhenNoVisit, safeUrls } from './rules-channels';
import { contactPhones, feeComplete, noPaymentWhenFree } from './rules-fees-contact';
import { knownRelations, requiredText, uniqueKeys, vagueMaterialNames } from './rules-integrity';
import { licensingFaq, licensingSteps, resultSample } from './rules-licensing';

type MatterRule = (matter: Matter, context: GuideContext) => Finding[];

const MATTER_RULES: readonly MatterRule[] = [
  requiredText, uniqueKeys, knownRelations, vagueMaterialNames, safeUrls,
  projectTypeConsistency, resultTypeByName, promisedWithinLegal,
  onSiteReason, onSiteReasonNone, postalWhenNoVisit, fullOnlineNoVisit, onlineUrl,
  feeComplete, noPaymentWhenFree, contactPhones,
  licensingFaq, licensingSteps, resultSample,
];

/** A guide text with its parsed tree. */
export type ParsedText = GuideText & { tree: Root };

/** Lint messages of a matter and its parsed texts, for the builder to reuse. */
export type GuideInspection = { messages: LintMessage[]; texts: ParsedText[] };

/** Where the messages are about. */
export type Subject = { code: string; locale?: Locale };

/** Parse and lint every text of a matter and run the inspection rules. */
export function inspectMatter(matter: Matter, context: GuideContext, locale?: Locale): GuideInspection {
  const subject: Subject = { code: matter.code, locale };
  const lint = markdownLinter({
    options: context.lint,
    targets: referenceTargets(matter, context),
    jargon: matter.highFrequency ? context.jargon : undefined,
  });
  const texts = guideTexts(matter).map((text) => ({ ...text, tree: parseGuideMarkdown(text.source) }));
  const messages = texts.flatMap((text) => lint(text.tree, text.source, text.element).map((f) => rated(f, subject)));
  const findings = MATTER_RULES.flatMap((rule) => rule(matter, context));
  messages.push(...applySeverity(findings, subject, context.lint));
  return { messages, texts };
}

/** Lint one matter. */
export function lintGuide(matter: Matter, context: GuideContext, locale?: Locale): LintMessage[] {
  return inspectMatter(matter, context, locale).messages;
}

/** Lint many matters; messages carry the matter code as `subject`. */
export function lintGuides(matters: readonly Matter[], context: GuideContext, locale?: Locale): LintMessage[] {
  return matters.flatMap((matter) => lintGuide(matter, context, locale));
}

/** What `:sample`, `:blank` and `:location` in a matter's texts may point at. */
export function referenceTargets(matter: Matter | undefined, context: GuideContext): ReferenceTargets {
  const locations = new Set(indexOf(context).locations.keys());
  if (!matter) return { locations };
  const materials = new Map(matter.materials.map((m) => [m.key, { sample: m.sampleForm !== undefined, blank: m.blankForm !== undefined }]));
  return { materials, locations };
}

/** Findings of matter rules as messages at their configured severity. */
export function applySeverity(findings: readonly Finding[], subject: Subject, options: LintOptions | undefined): LintMessage[] {
  return findings.flatMap((finding) => {
    const setting = settingOf(finding.ruleId, options);
    if (setting === 'off') return [];
    return [rated({ ...finding, severity: setting }, subject)];
  });
}

/** A rated finding as a message about a subject. */
export function rated(finding: RatedFinding, subject: Subject): LintMessage {
  const message: LintMessage = { source: 'tongyuan-lint', ruleId: finding.ruleId, severity: finding.severity, reason: finding.reason, subject: subject.code, element: finding.element };
  if (subject.locale) message.locale = subject.locale;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    const value = finding[key];
    if (value !== undefined) message[key] = value;
  }
  return message;
}
