/**
 * The sample content in every locale, as test and demo input: the same per-locale sets the
 * seed loads (scripts/seed/sample-sets.ts), each with the context a publication needs.
 */
import { jargonTerms } from '../../jargon-terms';
import { sampleSets } from '../../../../scripts/seed/sample-sets';
import type { Bundle, KnowledgePoint, Matter } from '../../guide';
import { jargonForLocale } from '../../localize';
import type { Locale } from '../../value-sets';
import type { GuideContext } from '../context';

export type SampleSet = { locale: Locale; context: GuideContext; matters: Matter[]; bundles: Bundle[]; knowledgePoints: KnowledgePoint[] };

/** The sample content per locale (zh-CN, zh-HK, en; bundles exist in zh-CN and zh-HK). */
export function sampleContent(): SampleSet[] {
  return sampleSets().map((set) => ({
    locale: set.locale,
    matters: set.matters,
    bundles: set.bundles,
    knowledgePoints: set.knowledgePoints,
    context: { departments: set.departments, locations: set.locations, matters: set.matters, jargon: jargonForLocale(set.locale, jargonTerms) },
  }));
}
