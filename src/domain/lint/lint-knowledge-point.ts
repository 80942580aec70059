/**
 * Lint of a knowledge point (知识点): the Markdown rules over its answer (口径), references
 * resolved against its linked matter, and the checks that it names a question, an answer and
 * records that exist.
 */
import type { Root } from 'mdast';
import { parseGuideMarkdown } from '../../markdown/guide-markdown';
import type { KnowledgePoint } from '../guide';
import { type GuideContext, indexOf } from '../publication/context';
import type { Locale } from '../value-sets';
import { applySeverity, rated, referenceTargets } from './lint-guide';
import { markdownLinter } from './lint-markdown';
import type { Finding, LintMessage } from './lint-message';
import { isBlank } from './rules-integrity';

/** Lint messages of a knowledge point and its parsed answer, for the builder to reuse. */
export type PointInspection = { messages: LintMessage[]; answer: Root };

/** Parse and lint a knowledge point. */
export function inspectKnowledgePoint(point: KnowledgePoint, context: GuideContext, locale?: Locale): PointInspection {
  const matter = point.matter === undefined ? undefined : indexOf(context).matters.get(point.matter);
  const subject = { code: point.code, locale };
  const answer = parseGuideMarkdown(point.answer);
  const lint = markdownLinter({ options: context.lint, targets: referenceTargets(matter, context) });
  const messages = [
    ...lint(answer, point.answer, 'answer').map((finding) => rated(finding, subject)),
    ...applySeverity(pointFindings(point, context), subject, context.lint),
  ];
  return { messages, answer };
}

/** Lint many knowledge points; messages carry the point's code as `subject`. */
export function lintKnowledgePoints(points: readonly KnowledgePoint[], context: GuideContext, locale?: Locale): LintMessage[] {
  return points.flatMap((point) => inspectKnowledgePoint(point, context, locale).messages);
}

function pointFindings(point: KnowledgePoint, context: GuideContext): Finding[] {
  const index = indexOf(context);
  const findings: Finding[] = [];
  if (isBlank(point.standardQuestion)) findings.push({ ruleId: 'required-text', element: 'question', reason: 'Unexpected empty 标准问, expected text' });
  if (isBlank(point.answer)) findings.push({ ruleId: 'required-text', element: 'answer', reason: 'Unexpected empty 答案口径, expected text' });
  if (point.matter !== undefined && !index.matters.has(point.matter)) {
    findings.push({ ruleId: 'dangling-reference', element: 'matter', reason: `Unexpected matter \`${point.matter}\`, expected the code of an existing matter` });
  }
  if (!index.departments.has(point.department)) {
    findings.push({ ruleId: 'dangling-reference', element: 'department', reason: `Unexpected department \`${point.department}\`, expected the code of an existing department` });
  }
  return findings;
}
