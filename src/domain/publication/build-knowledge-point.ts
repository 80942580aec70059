/**
 * buildKnowledgePointPublication: one hotline knowledge point (知识点) — question, the official
 * answer (口径), the plain answer, its matter, effective dates and version — linted, resolved,
 * validated, hashed and frozen like a matter's Publication.
 */
import type { KnowledgePoint } from '../guide';
import { inspectKnowledgePoint } from '../lint/lint-knowledge-point';
import type { Locale } from '../value-sets';
import { type BuildResult, failureOf } from './build-result';
import { type GuideContext, indexOf } from './context';
import { compact, labelLine, line, optionalLine } from './lines';
import { directiveResolver, passageOf } from './resolve-directives';
import { RENDERER_VERSION, seal } from './seal';
import type { KnowledgePointPublication } from './types';

/** Build the Publication of a knowledge point in one locale. */
export function buildKnowledgePointPublication(
  point: KnowledgePoint, locale: Locale, context: GuideContext,
): BuildResult<KnowledgePointPublication> {
  const { messages, answer } = inspectKnowledgePoint(point, context, locale);
  const failure = failureOf(messages);
  if (failure) return failure;
  const index = indexOf(context);
  const matter = point.matter === undefined ? undefined : index.matters.get(point.matter);
  const department = index.departments.get(point.department);
  if (!department) throw new Error(`Department ${point.department} of ${point.code} is not in the context`);
  const draft: Omit<KnowledgePointPublication, 'contentHash'> = compact({
    kind: 'knowledge-point',
    code: point.code,
    locale,
    rendererVersion: RENDERER_VERSION,
    version: point.version,
    effectiveFrom: point.effectiveFrom,
    effectiveTo: point.effectiveTo,
    keywords: [...point.keywords],
    sourceElement: point.sourceElement,
    bundle: point.bundle,
    question: line('question', point.standardQuestion),
    similarQuestions: point.similarQuestions.map((q, i) => line(`similarQuestions.${i + 1}`, q)),
    answer: passageOf('answer', answer, point.answer, directiveResolver(matter, context)),
    plainAnswer: optionalLine('plainAnswer', point.plainAnswer),
    knowledgeKind: labelLine('knowledgeKind', 'KNOWLEDGE_KINDS', point.kind, locale),
    categoryPath: line('categoryPath', point.categoryPath),
    department: { code: department.code, name: line('department.name', department.name) },
    matter: matter && { code: matter.code, title: line('matter.title', matter.taskName) },
  });
  return { ok: true, publication: seal<KnowledgePointPublication>('publication', draft), warnings: messages };
}
