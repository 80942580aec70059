/**
 * The SearchEngine port: what the hotline console and the content API need from search,
 * independent of the engine behind it (Meilisearch, or the embedded in-process engine).
 */
import type { Analyzer } from './analysis/analyzer';
import type { SearchDocType, SearchDocument, SearchStatus } from './search-document';

/** Filters combine with AND across fields and OR within one field. */
export type SearchFilters = {
  type?: SearchDocType[];
  departmentCode?: string[];
  kind?: string[];
  matterCode?: string[];
};

export type SearchQuery = {
  text: string;
  locale: string;
  filters?: SearchFilters;
  /** Return expired, not-yet-valid, suspended and revoked documents too (flagged as such). */
  includeInactive?: boolean;
  /** The instant validity is judged at (ISO); defaults to now. */
  at?: string;
  limit?: number;             // 1..100, default 10
  offset?: number;            // default 0
};

/** Where a document stands relative to its validity dates at the time of the search. */
export type EffectStatus = 'notYet' | 'inForce' | 'expired';

export type SearchHit = {
  id: string;
  type: SearchDocType;
  documentId: string;
  code: string;
  locale: string;
  title: string;
  /** The title with matched terms wrapped in <mark>, otherwise HTML-escaped. */
  titleHtml: string;
  /** A short passage around the best match, <mark>-highlighted, otherwise HTML-escaped. */
  snippetHtml: string;
  kind: string;
  matterCode?: string;
  matterName?: string;
  matterDocumentId?: string;
  bundleCode?: string;
  bundleName?: string;
  departmentCode: string;
  departmentName: string;
  version: number;
  contentHash: string;
  effectiveFrom: string;
  effectiveTo?: string;
  status: SearchStatus;
  effectStatus: EffectStatus;
  /** Published and in force: the answer an agent may read out. */
  active: boolean;
  score: number;
};

/** Facet counts over every match of the query and filters (not just the returned page). */
export type SearchFacets = {
  department: Record<string, number>;
  kind: Record<string, number>;
  type: Record<string, number>;
};

export type SearchResult = {
  hits: SearchHit[];
  total: number;
  facets: SearchFacets;
  tookMs: number;
  engine: SearchEngineName;
  /** The terms the query was analysed into (after filler removal, pinyin and synonyms). */
  terms: string[];
};

export type SearchStats = {
  engine: SearchEngineName;
  documents: number;
  byLocale: Record<string, number>;
  /** Bytes on disk (embedded) or reported by the server (Meilisearch); undefined if unknown. */
  indexBytes?: number;
  analysisFingerprint: string;
  lastReindexAt?: string;
  reindexing: boolean;
  /** Nothing indexed and nothing loaded: the wiring should call reindex() with every document. */
  needsReindex: boolean;
};

export type ReindexReport = { documents: number; tookMs: number };

export type SearchEngineName = 'embedded' | 'meilisearch';

export type SearchEngine = {
  readonly name: SearchEngineName;
  /** Makes the engine ready (loads the saved index, or pushes index settings). */
  open(): Promise<void>;
  /** Adds or replaces documents by id. */
  upsert(documents: readonly SearchDocument[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  delete(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /**
   * Builds a complete new index from these documents and swaps it in; searches keep working
   * meanwhile. With `analyzer` (new synonyms or dictionary), the new index and every later
   * query use it from the swap on.
   */
  reindex(documents: readonly SearchDocument[], options?: { analyzer?: Analyzer }): Promise<ReindexReport>;
  stats(): Promise<SearchStats>;
  /** Flushes pending writes and releases resources. */
  close(): Promise<void>;
};
