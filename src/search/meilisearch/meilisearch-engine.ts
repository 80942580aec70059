/**
 * The Meilisearch SearchEngine (production, when MEILI_HOST is set). Documents and queries go
 * through the shared analyzer first; every write waits on its task with a timeout; a reindex
 * fills a fresh index and swaps it in atomically (swapIndexes), so searches never see a
 * half-built index.
 */
import type { EnqueuedTaskPromise, Index, Meilisearch } from 'meilisearch';
import type { Analyzer } from '../analysis/analyzer';
import { highlightTermsOf, presentHit } from '../present-hit';
import type { SearchDocument } from '../search-document';
import type { ReindexReport, SearchEngine, SearchFacets, SearchQuery, SearchResult, SearchStats } from '../search-engine';
import { checkQuery } from '../validate-query';
import { checkTask, meiliCall } from './meili-errors';
import { fromMeiliHit, toMeiliDocument, type MeiliDocument } from './meili-documents';
import { buildMeiliSearch } from './meili-query';
import { meiliSettings } from './meili-settings';

export type MeilisearchEngineOptions = { indexUid: string; batchSize?: number };

/** The SearchEngine on a Meilisearch server, one index for every locale. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private lastReindexAt: string | undefined;
  private reindexing = false;

  constructor(private readonly client: Meilisearch, private analyzer: Analyzer, private readonly options: MeilisearchEngineOptions) {}

  private get index(): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(this.options.indexUid);
  }

  /** Creates the index if missing and pushes the settings. */
  async open(): Promise<void> {
    await this.prepare(this.options.indexUid);
  }

  private async exists(uid: string): Promise<boolean> {
    const indexes = await meiliCall('look up index', () => this.client.getIndexes({ limit: 1000 }));
    return indexes.results.some((index) => index.uid === uid);
  }

  /** Runs a write and waits for its task, mapping failures to the port's errors. */
  private async write(operation: string, enqueue: () => EnqueuedTaskPromise): Promise<void> {
    await meiliCall(operation, async () => checkTask(await enqueue().waitTask(), operation));
  }

  private async prepare(uid: string, analyzer = this.analyzer): Promise<void> {
    if (!(await this.exists(uid))) await this.write('create index', () => this.client.createIndex(uid, { primaryKey: 'id' }));
    await this.write('update settings', () => this.client.index(uid).updateSettings(meiliSettings(analyzer)));
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const mapped = documents.map((doc) => toMeiliDocument(doc, this.analyzer));
    await this.write('add documents', () => this.index.addDocuments(mapped, { primaryKey: 'id' }));
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.write('delete documents', () => this.index.deleteDocuments([...ids]));
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const checked = checkQuery(query);
    const analysed = this.analyzer.query(checked.text, checked.locale);
    const { q, params } = buildMeiliSearch(analysed, checked);
    const response = await meiliCall('search', () => this.index.search(q, params));
    const terms = highlightTermsOf(analysed);
    const distribution = response.facetDistribution ?? {};
    const facets: SearchFacets = { department: distribution.departmentCode ?? {}, kind: distribution.kind ?? {}, type: distribution.type ?? {} };
    return {
      hits: response.hits.map((hit) => presentHit(fromMeiliHit(hit), terms, hit._rankingScore ?? 0, checked.now)),
      total: response.estimatedTotalHits ?? response.hits.length,
      facets,
      tookMs: performance.now() - started,
      engine: 'meilisearch',
      terms: analysed.terms.map((t) => t.term),
    };
  }

  /** Fills `<uid>-reindex`, swaps it with the live index, deletes the old data. */
  async reindex(documents: readonly SearchDocument[], options: { analyzer?: Analyzer } = {}): Promise<ReindexReport> {
    const started = performance.now();
    const live = this.options.indexUid;
    const next = `${live}-reindex`;
    const analyzer = options.analyzer ?? this.analyzer;
    this.reindexing = true;
    try {
      if (await this.exists(next)) await this.write('drop leftover index', () => this.client.deleteIndex(next));
      await this.prepare(next, analyzer);
      await this.fill(next, documents, analyzer);
      if (!(await this.exists(live))) await this.prepare(live, analyzer);
      await this.write('swap indexes', () => this.client.swapIndexes([{ indexes: [live, next], rename: false }]));
      this.analyzer = analyzer;
      await this.write('delete old index', () => this.client.deleteIndex(next));
    } finally {
      this.reindexing = false;
    }
    this.lastReindexAt = new Date().toISOString();
    return { documents: documents.length, tookMs: performance.now() - started };
  }

  private async fill(uid: string, documents: readonly SearchDocument[], analyzer: Analyzer): Promise<void> {
    const mapped = documents.map((doc) => toMeiliDocument(doc, analyzer));
    const index = this.client.index<MeiliDocument>(uid);
    const batches = () => index.addDocumentsInBatches(mapped, this.options.batchSize ?? 1000, { primaryKey: 'id' });
    const enqueued = await meiliCall('add documents', () => Promise.all(batches()));
    const tasks = await meiliCall('wait for indexing', () => this.client.tasks.waitForTasks(enqueued));
    for (const task of tasks) checkTask(task, 'add documents');
  }

  async stats(): Promise<SearchStats> {
    const stats = await meiliCall('index stats', () => this.index.getStats());
    const byLocale = await meiliCall('count by locale', () => this.index.search('', { limit: 0, facets: ['locale'] }));
    return {
      engine: 'meilisearch',
      documents: stats.numberOfDocuments,
      byLocale: byLocale.facetDistribution?.locale ?? {},
      indexBytes: stats.rawDocumentDbSize,
      analysisFingerprint: this.analyzer.fingerprint,
      lastReindexAt: this.lastReindexAt,
      reindexing: this.reindexing || stats.isIndexing,
      needsReindex: stats.numberOfDocuments === 0,
    };
  }

  async close(): Promise<void> {
    // The client holds no connection of its own (fetch); nothing to release.
  }
}
