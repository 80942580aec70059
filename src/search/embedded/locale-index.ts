/**
 * One locale's inverted index: per term and field a posting list in typed arrays, plus the
 * per-document columns. Scoring lives in score-query.ts.
 */
import type { AnalyzedQuery } from '../analysis/query-terms';
import { GRAM_FIELD, WORD_FIELD_COUNT, type AnalysedRecord } from './analysed-record';
import { DocTable } from './doc-table';
import type { StoredDocument } from './index-state';
import { Postings } from './postings';
import { QueryScorer, type DocFilter, type Matches } from './score-query';

/** Removed documents are compacted away once they are this many and a quarter of the live ones. */
const COMPACT_AFTER = 1000;

/** The inverted index of one locale. */
export class LocaleIndex {
  /** term → posting list per word field; bigrams live in their own table. */
  readonly words = new Map<string, Array<Postings | undefined>>();
  readonly grams = new Map<string, Postings>();
  readonly docs = new DocTable();
  readonly byId = new Map<string, number>();
  private dead = 0;
  private readonly scorer = new QueryScorer();

  get size(): number {
    return this.docs.live;
  }

  /** Live documents in number order. */
  get stored(): StoredDocument[] {
    return this.docs.stored.filter((s): s is StoredDocument => s !== undefined);
  }

  private postings(term: string, field: number): Postings {
    if (field === GRAM_FIELD) {
      let list = this.grams.get(term);
      if (!list) this.grams.set(term, (list = new Postings()));
      return list;
    }
    let lists = this.words.get(term);
    if (!lists) this.words.set(term, (lists = new Array<Postings | undefined>(WORD_FIELD_COUNT).fill(undefined)));
    return (lists[field] ??= new Postings());
  }

  add(stored: StoredDocument, record: AnalysedRecord): void {
    this.remove(stored.doc.id);
    const doc = this.docs.append(stored, record.map((terms) => terms.length));
    record.forEach((terms, field) => {
      for (const term of terms) this.postings(term, field).count(doc);
    });
    this.byId.set(stored.doc.id, doc);
  }

  remove(id: string): void {
    const doc = this.byId.get(id);
    if (doc === undefined) return;
    this.docs.kill(doc);
    this.byId.delete(id);
    this.dead += 1;
    if (this.dead > COMPACT_AFTER && this.dead > this.docs.live / 4) this.compact();
  }

  /** Drops removed documents from every posting list and renumbers the rest densely. */
  compact(): void {
    if (this.dead === 0) return;
    const renumber = this.docs.compact();
    for (const lists of this.words.values()) for (const list of lists) list?.compact(renumber);
    for (const list of this.grams.values()) list.compact(renumber);
    this.byId.clear();
    this.docs.stored.forEach((stored, doc) => stored && this.byId.set(stored.doc.id, doc));
    this.dead = 0;
  }

  /** Takes over documents restored from disk, numbered 0..n-1 like their postings. */
  adoptRestored(stored: readonly StoredDocument[], lengths: readonly Uint16Array[]): void {
    this.docs.restore(stored, lengths);
    this.byId.clear();
    stored.forEach((s, doc) => this.byId.set(s.doc.id, doc));
    this.dead = 0;
  }

  /** Every match the filter accepts, with its score (unsorted; weak tail cut off). */
  query(analysed: AnalyzedQuery, filter: DocFilter): Matches {
    return this.scorer.score(this, analysed, filter);
  }
}
