/**
 * The guide lint over what is stored: every matter, bundle and knowledge point of every locale, in the
 * status editors work on (drafts, which are what the next publish would send out).
 */
import type { Core } from '@strapi/strapi';
import type { GuideContext, JargonTerm, LintMessage } from '../domain/publication';
import { lintBundles, lintGuides, lintKnowledgePoints } from '../domain/publication';
import { jargonForLocale } from '../domain/localize';
import { LOCALES, type Locale } from '../domain/value-sets';
import { readDocuments } from '../records/read-documents';

export type StoredLint = { locale: Locale; messages: LintMessage[] };

const values = <T>(documents: { value: T }[]): T[] => documents.map((document) => document.value);

/** Builds the context of one locale from the database. */
export async function storedContext(strapi: Core.Strapi, locale: Locale, jargon: readonly JargonTerm[], status: 'draft' | 'published' = 'draft'): Promise<GuideContext> {
  const [departments, locations, matters] = await Promise.all([
    readDocuments(strapi, 'department', { locale, status }),
    readDocuments(strapi, 'service-location', { locale, status }),
    readDocuments(strapi, 'matter', { locale, status }),
  ]);
  return { departments: values(departments), locations: values(locations), matters: values(matters), jargon: jargonForLocale(locale, jargon) };
}

/** Lint messages of every stored guide and knowledge point, per locale. */
export async function lintStoredGuides(strapi: Core.Strapi, jargon: readonly JargonTerm[], locales: readonly Locale[] = LOCALES): Promise<StoredLint[]> {
  const results: StoredLint[] = [];
  for (const locale of locales) {
    const context = await storedContext(strapi, locale, jargon);
    const points = values(await readDocuments(strapi, 'knowledge-point', { locale }));
    const bundles = values(await readDocuments(strapi, 'bundle', { locale }));
    results.push({
      locale,
      messages: [...lintGuides(context.matters ?? [], context, locale), ...lintBundles(bundles, context, locale), ...lintKnowledgePoints(points, context, locale)],
    });
  }
  return results;
}
