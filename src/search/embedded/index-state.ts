/**
 * The embedded engine's whole index: one LocaleIndex per locale and the stored documents with
 * what filtering, facets and ranking need precomputed (timestamps, small numbers for
 * department, kind, type and the distinct key), so a search parses no dates and hashes no strings.
 */
import type { Analyzer } from '../analysis/analyzer';
import { timestampOf } from '../documents/effect-status';
import { distinctKeyOf, SEARCH_DOC_TYPES, type SearchDocType, type SearchDocument } from '../search-document';
import { analysedRecord, type AnalysedRecord } from './analysed-record';
import { LocaleIndex } from './locale-index';

/** Knowledge points first, then bundles, then raw matter text. */
export const TYPE_BOOST: Record<SearchDocType, number> = { knowledgePoint: 1, bundle: 0.8, matter: 0.6 };

export type StoredDocument = {
  doc: SearchDocument;
  published: boolean;
  fromMs: number;
  toMs: number;               // Infinity when open-ended
  typeBoost: number;
  type: number;               // index in SEARCH_DOC_TYPES
  distinct: number;
  department: number;
  kind: number;
};

/** Strings to small numbers and back. */
export class Interner {
  readonly values: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The number of a known value; undefined if never seen. */
  find(value: string): number | undefined {
    return this.numbers.get(value);
  }

  of(value: string): number {
    let number = this.numbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.values.push(value);
      this.numbers.set(value, number);
    }
    return number;
  }
}

/** Everything the embedded engine has indexed, swapped as a whole by a reindex. */
export class IndexState {
  readonly locales = new Map<string, LocaleIndex>();
  readonly documents = new Map<string, StoredDocument>();
  readonly distinctKeys = new Interner();
  readonly departments = new Interner();
  readonly kinds = new Interner();

  constructor(private readonly analyzer: Analyzer) {}

  /** Adds or replaces one document. */
  put(doc: SearchDocument, record: AnalysedRecord = analysedRecord(doc, this.analyzer)): void {
    this.remove(doc.id);
    const stored = this.storedOf(doc);
    this.documents.set(doc.id, stored);
    this.localeIndex(doc.locale).add(stored, record);
  }

  remove(id: string): void {
    const stored = this.documents.get(id);
    if (!stored) return;
    this.locales.get(stored.doc.locale)?.remove(id);
    this.documents.delete(id);
  }

  localeIndex(locale: string): LocaleIndex {
    let index = this.locales.get(locale);
    if (!index) {
      index = new LocaleIndex();
      this.locales.set(locale, index);
    }
    return index;
  }

  byLocale(): Record<string, number> {
    return Object.fromEntries([...this.locales].map(([locale, index]) => [locale, index.size]));
  }

  /** Precomputes what filters, facets and distinct need for one document. */
  storedOf(doc: SearchDocument): StoredDocument {
    return {
      doc,
      published: doc.status === 'published',
      typeBoost: TYPE_BOOST[doc.type],
      type: SEARCH_DOC_TYPES.indexOf(doc.type),
      fromMs: timestampOf(doc.effectiveFrom),
      toMs: doc.effectiveTo === undefined ? Infinity : timestampOf(doc.effectiveTo),
      distinct: this.distinctKeys.of(distinctKeyOf(doc)),
      department: this.departments.of(doc.departmentCode),
      kind: this.kinds.of(doc.kind),
    };
  }
}
