/**
 * Search for the hotline and the content API: the SearchEngine port, its two adapters, the
 * shared Chinese analysis and the builders of search documents. See docs/search.md.
 */
export type { Analyzer } from './analysis/analyzer';
export { createAnalyzer, ANALYZER_VERSION } from './analysis/analyzer';
export type { AnalysisVocabulary, VocabularySources } from './analysis/vocabulary';
export { buildAnalysisVocabulary } from './analysis/vocabulary';
export type { SearchBuildContext, SearchDocumentMeta } from './documents/build-documents';
export { bundleSearchDocument, byCode, knowledgePointSearchDocument, matterSearchDocument } from './documents/build-documents';
export { InvalidSearchQuery } from './errors/invalid-search-query';
export { SearchEngineUnavailable } from './errors/search-engine-unavailable';
export type { SearchErrorCode } from './errors/search-error-code';
export { SearchTaskFailed } from './errors/search-task-failed';
export { SearchTimeout } from './errors/search-timeout';
export { createSearchEngine } from './create-search-engine';
export type { OpenedSearch, OpenSearchOptions } from './open-search';
export { openSearch } from './open-search';
export type { SearchConfig } from './search-config';
export { searchConfigFromEnv } from './search-config';
export type { SearchDocType, SearchDocument, SearchStatus } from './search-document';
export { searchDocumentId } from './search-document';
export type {
  EffectStatus, ReindexReport, SearchEngine, SearchEngineName, SearchFacets, SearchFilters, SearchHit, SearchQuery, SearchResult, SearchStats,
} from './search-engine';
