/**
 * Puts the bench corpus into the running app's own search engine (the one GET /api/search
 * asks), the way a full rebuild with new synonyms does: a fresh analyzer from the corpus'
 * vocabulary, then engine.reindex with it.
 */
import type { Core } from '@strapi/strapi';
import { searchRuntime } from '../../../src/bootstrap/set-up-search';
import { createAnalyzer } from '../../../src/search/analysis/analyzer';
import { buildAnalysisVocabulary } from '../../../src/search/analysis/vocabulary';
import { byCode, knowledgePointSearchDocument, matterSearchDocument } from '../../../src/search/documents/build-documents';
import type { SearchDocument } from '../../../src/search/search-document';
import { synonyms } from '../../seed/data/synonyms';
import type { BenchCorpus } from './generate-corpus';

export type IndexFigures = { documents: number; analyzerMs: number; documentsMs: number; reindexMs: number; indexBytes: number };

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  return [work(), performance.now() - started];
}

function searchDocuments(corpus: BenchCorpus): SearchDocument[] {
  const context = { departments: byCode(corpus.departments), matters: byCode(corpus.matters) };
  const meta = (code: string) => ({ documentId: code, locale: 'zh-CN', contentHash: `sha256-${code}` });
  return [
    ...corpus.knowledgePoints.map((p) => knowledgePointSearchDocument(p, { ...meta(p.code), matterDocumentId: p.matter }, context)),
    ...corpus.matters.map((m) => matterSearchDocument(m, meta(m.code), context)),
  ];
}

/** Reindexes the app's engine with the corpus; the analyzer is built from the corpus too. */
export async function indexIntoApp(strapi: Core.Strapi, corpus: BenchCorpus): Promise<IndexFigures> {
  const runtime = searchRuntime(strapi);
  // On an empty store, bootstrap scheduled a rebuild from the (empty) releases; let it finish
  // first, or it could swap an empty index in after ours.
  await runtime.index.close();
  const vocabulary = buildAnalysisVocabulary({ synonyms, matters: corpus.matters, knowledgePoints: corpus.knowledgePoints });
  const [analyzer, analyzerMs] = timed(() => createAnalyzer(vocabulary));
  const [documents, documentsMs] = timed(() => searchDocuments(corpus));
  const started = performance.now();
  const report = await runtime.engine.reindex(documents, { analyzer });
  const reindexMs = performance.now() - started;
  const stats = await runtime.engine.stats();
  return { documents: report.documents, analyzerMs, documentsMs, reindexMs, indexBytes: stats.indexBytes ?? 0 };
}
