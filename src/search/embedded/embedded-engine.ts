/**
 * The embedded SearchEngine (default): in-process, persisted under the app's data folder so
 * a restart loads the index instead of rebuilding it. A reindex builds a complete new index
 * in small chunks (searches keep being served from the old one), replays the writes that
 * arrived meanwhile, then swaps it in with one assignment.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Analyzer } from '../analysis/analyzer';
import type { SearchDocument } from '../search-document';
import type { ReindexReport, SearchEngine, SearchQuery, SearchResult, SearchStats } from '../search-engine';
import { checkQuery } from '../validate-query';
import { analysedRecordAsync } from './analysed-record';
import { IndexState, type StoredDocument } from './index-state';
import { FORMAT, FORMAT_VERSION, readHeader, readIndex, saveIndex, type SavedHeader, type SavedLocaleWithDocuments } from './persist';
import { runSearch } from './run-search';
import { saveVocabulary } from './saved-vocabulary';
import { flattenLocale, restoreLocale } from './saved-locale';

export type EmbeddedEngineOptions = {
  /** Folder for the saved index, e.g. data/search; omit to keep the index in memory only. */
  dataDir?: string;
  /** Documents analysed between two yields to the event loop during a reindex. */
  chunkSize?: number;
  /** Delay before writes after upserts are saved, in ms. */
  saveDelayMs?: number;
  log?: (line: string) => void;
};

const FILE_NAME = 'embedded-index.ndjson';

type Write = { op: 'put'; doc: SearchDocument } | { op: 'remove'; id: string };

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The in-process SearchEngine, persisted under `dataDir`. */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private state: IndexState;
  /** Writes since each pending reindex was asked for; replayed onto its new index before the swap. */
  private readonly journals = new Set<Write[]>();
  private reindexing: Promise<unknown> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<unknown> = Promise.resolve();
  private lastReindexAt: string | undefined;
  private building = false;
  private indexBytes: number | undefined;

  constructor(private analyzer: Analyzer, private readonly options: EmbeddedEngineOptions = {}) {
    this.state = new IndexState(analyzer);
  }

  private get file(): string | undefined {
    return this.options.dataDir === undefined ? undefined : path.join(this.options.dataDir, FILE_NAME);
  }

  /** Loads the saved index when it was written by this analyzer and format; otherwise starts empty. */
  async open(): Promise<void> {
    const file = this.file;
    const header = file === undefined ? undefined : readHeader(file);
    if (!file || !header || !this.compatible(header)) {
      if (header) this.options.log?.(`search: saved index ${file} is from another analyzer or format; a reindex is needed`);
      return;
    }
    const saved = readIndex(file);
    const state = new IndexState(this.analyzer);
    for (const [locale, { saved: flat, documents }] of saved.locales) {
      const stored = documents.map((doc) => state.storedOf(doc));
      for (const s of stored) state.documents.set(s.doc.id, s);
      state.locales.set(locale, restoreLocale(flat, stored));
    }
    this.state = state;
    this.lastReindexAt = header.savedAt;
    this.indexBytes = fs.statSync(file).size;
  }

  private compatible(header: SavedHeader): boolean {
    return header.format === FORMAT && header.formatVersion === FORMAT_VERSION && header.analyzer === this.analyzer.fingerprint;
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    for (const doc of documents) this.apply({ op: 'put', doc });
    this.scheduleSave();
  }

  async delete(ids: readonly string[]): Promise<void> {
    for (const id of ids) this.apply({ op: 'remove', id });
    this.scheduleSave();
  }

  private apply(write: Write): void {
    for (const journal of this.journals) journal.push(write);
    if (write.op === 'put') this.state.put(write.doc);
    else this.state.remove(write.id);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    return runSearch(this.state, this.analyzer, checkQuery(query), started);
  }

  /**
   * Rebuilds from these documents in the background; concurrent calls run one after another.
   * Writes made after the call are replayed onto the new index, so none is lost by the swap.
   */
  reindex(documents: readonly SearchDocument[], options: { analyzer?: Analyzer } = {}): Promise<ReindexReport> {
    const journal: Write[] = [];
    this.journals.add(journal);
    const analyzer = options.analyzer;
    const run = this.reindexing.then(() => this.rebuild(documents, journal, analyzer ?? this.analyzer)).finally(() => this.journals.delete(journal));
    this.reindexing = run.catch(() => undefined);
    return run;
  }

  private async rebuild(documents: readonly SearchDocument[], journal: readonly Write[], analyzer: Analyzer): Promise<ReindexReport> {
    const started = performance.now();
    const chunk = this.options.chunkSize ?? 250;
    const next = new IndexState(analyzer);
    const analyse = (from: number) => Promise.all(documents.slice(from, from + chunk).map((doc) => analysedRecordAsync(doc, analyzer)));
    this.building = true;
    try {
      // Chunk n+1 is segmented on the thread pool while chunk n is added to the index.
      let analysing = analyse(0);
      for (let i = 0; i < documents.length; i += chunk) {
        const records = await analysing;
        if (i + chunk < documents.length) {
          analysing = analyse(i + chunk);
          analysing.catch(() => undefined); // awaited next round; this only keeps a failure here from going unhandled
        }
        records.forEach((record, j) => next.put(documents[i + j], record));
        await yieldToEventLoop();
      }
      for (const write of journal) {
        if (write.op === 'put') next.put(write.doc);
        else next.remove(write.id);
      }
      this.state = next;
      this.analyzer = analyzer;
    } finally {
      this.building = false;
    }
    this.lastReindexAt = new Date().toISOString();
    await this.save();
    return { documents: next.documents.size, tookMs: performance.now() - started };
  }

  private scheduleSave(): void {
    if (this.file === undefined || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save().catch((error: unknown) => this.options.log?.(`search: saving the index failed: ${String(error)}`));
    }, this.options.saveDelayMs ?? 2000);
    this.saveTimer.unref();
  }

  /** Saves the current index now (one save at a time). */
  async save(): Promise<void> {
    const file = this.file;
    if (file === undefined) return;
    const state = this.state;
    const header: SavedHeader = {
      format: FORMAT, formatVersion: FORMAT_VERSION, analyzer: this.analyzer.fingerprint,
      savedAt: new Date().toISOString(), documents: state.documents.size,
    };
    const locales = new Map<string, SavedLocaleWithDocuments>();
    for (const [locale, index] of state.locales) {
      const saved = flattenLocale(index);
      locales.set(locale, { saved, documents: index.stored.map((s) => (s as StoredDocument).doc) });
    }
    const vocabulary = this.analyzer.vocabulary;
    const write = this.saving.then(async () => {
      await saveVocabulary(this.options.dataDir as string, vocabulary);
      return saveIndex(file, header, locales);
    });
    this.saving = write.catch(() => undefined);
    this.indexBytes = await write;
  }

  async stats(): Promise<SearchStats> {
    return {
      engine: 'embedded',
      documents: this.state.documents.size,
      byLocale: this.state.byLocale(),
      indexBytes: this.indexBytes,
      analysisFingerprint: this.analyzer.fingerprint,
      lastReindexAt: this.lastReindexAt,
      reindexing: this.building,
      needsReindex: this.state.documents.size === 0 && this.lastReindexAt === undefined,
    };
  }

  async close(): Promise<void> {
    await this.reindexing;
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      await this.save();
    }
    await this.saving;
  }
}
