/**
 * The sample content (scripts/seed/data) as search documents and analysis vocabulary, the
 * way the Strapi wiring will build them from releases: documentId = code here, content hash
 * over the item's JSON.
 */
import { createHash } from 'node:crypto';
import type { Bundle, KnowledgePoint, Matter, Synonym } from '../../../src/domain/guide';
import { buildAnalysisVocabulary, type AnalysisVocabulary } from '../../../src/search/analysis/vocabulary';
import {
  bundleSearchDocument, byCode, knowledgePointSearchDocument, matterSearchDocument, type SearchBuildContext,
} from '../../../src/search/documents/build-documents';
import type { SearchDocument } from '../../../src/search/search-document';
import { bundles } from '../../seed/data/bundles';
import { departments } from '../../seed/data/departments';
import { knowledgePoints } from '../../seed/data/knowledge-points';
import { matters } from '../../seed/data/matters';
import { synonyms } from '../../seed/data/synonyms';

export type SampleContent = {
  matters: readonly Matter[];
  bundles: readonly Bundle[];
  knowledgePoints: readonly KnowledgePoint[];
  synonyms: readonly Synonym[];
};

export const sampleContent: SampleContent = { matters, bundles, knowledgePoints, synonyms };

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** Search documents of content in one locale. */
export function documentsOf(content: SampleContent, locale = 'zh-CN'): SearchDocument[] {
  const context: SearchBuildContext = { departments: byCode(departments), matters: byCode(content.matters), bundles: byCode(content.bundles) };
  const meta = (code: string, value: unknown) => ({ documentId: code, locale, contentHash: hashOf(value) });
  return [
    ...content.knowledgePoints.map((p) => knowledgePointSearchDocument(p, { ...meta(p.code, p), matterDocumentId: p.matter }, context)),
    ...content.matters.map((m) => matterSearchDocument(m, meta(m.code, m), context)),
    ...content.bundles.map((b) => bundleSearchDocument(b, meta(b.code, b), context)),
  ];
}

/** The analysis vocabulary of the content. */
export function vocabularyOf(content: SampleContent): AnalysisVocabulary {
  return buildAnalysisVocabulary(content);
}
