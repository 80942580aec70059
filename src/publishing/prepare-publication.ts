/**
 * Turns the draft being published into a Publication: read the draft and what it refers to
 * (the published departments, locations and matters of its locale), lint, build. Lint errors
 * refuse the publish with every message.
 */
import type { Core } from '@strapi/strapi';
import { jargonTerms } from '../domain/jargon-terms';
import type { BuildResult, Publication } from '../domain/publication';
import { buildBundlePublication, buildKnowledgePointPublication, buildPublication, formatLintReport } from '../domain/publication';
import type { Bundle, KnowledgePoint, Matter } from '../domain/guide';
import type { Locale } from '../domain/value-sets';
import { readDocument } from '../records/read-documents';
import { storedContext } from './lint-stored-guides';
import { PublishBlockedError } from './errors/publish-blocked-error';
import { SubjectNotFoundError } from './errors/subject-not-found-error';
import { CONTENT_TYPE_OF, type SubjectType } from './subject';

export type Prepared = {
  code: string;
  publication: Publication;
  source: unknown;
  effectiveFrom?: Date;
  effectiveTo?: Date;
};

function unwrap<T extends Publication>(result: BuildResult<T>, code: string): T {
  if (result.ok) return result.publication;
  throw new PublishBlockedError(`${code} has ${result.errors.length} lint error(s); publishing is refused`, {
    messages: result.errors,
    report: formatLintReport(result.errors),
  });
}

/** The Publication of the draft of one document in one locale. */
export async function preparePublication(strapi: Core.Strapi, type: SubjectType, documentId: string, locale: Locale): Promise<Prepared> {
  const draft = await readDocument(strapi, CONTENT_TYPE_OF[type], documentId, { locale, status: 'draft' });
  if (!draft) throw new SubjectNotFoundError(`No ${type} ${documentId} in ${locale}`);
  const context = await storedContext(strapi, locale, jargonTerms, 'published');
  if (type === 'knowledgePoint') {
    const point = draft.value as KnowledgePoint;
    const publication = unwrap(buildKnowledgePointPublication(point, locale, context), point.code);
    return { code: point.code, publication, source: point, effectiveFrom: new Date(point.effectiveFrom), effectiveTo: point.effectiveTo ? new Date(point.effectiveTo) : undefined };
  }
  if (type === 'bundle') {
    const bundle = draft.value as Bundle;
    return { code: bundle.code, publication: unwrap(buildBundlePublication(bundle, locale, context), bundle.code), source: bundle };
  }
  const matter = draft.value as Matter;
  return { code: matter.code, publication: unwrap(buildPublication(matter, locale, context), matter.code), source: matter };
}
