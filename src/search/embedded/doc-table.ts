/**
 * Per-document columns of one locale index, in typed arrays indexed by document number:
 * liveness, what the validity filter reads (published, from, to), the type boost and the
 * field lengths BM25 needs. A search reads these instead of following object pointers.
 */
import { FIELDS } from './analysed-record';
import type { StoredDocument } from './index-state';

/** The per-document columns of one locale index. */
export class DocTable {
  /** Document numbers handed out so far (removed ones included until compaction). */
  size = 0;
  live = 0;
  stored: Array<StoredDocument | undefined> = [];
  alive = new Uint8Array(64);
  published = new Uint8Array(64);
  fromMs = new Float64Array(64);
  toMs = new Float64Array(64);
  typeBoost = new Float32Array(64);
  lengths: Uint16Array[] = FIELDS.map(() => new Uint16Array(64));
  readonly lengthSums = new Float64Array(FIELDS.length);

  private grow(size: number): void {
    if (size <= this.alive.length) return;
    const capacity = Math.max(size, this.alive.length * 2);
    const copy = <T extends Uint8Array | Uint16Array | Float32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.alive = copy(this.alive, (n) => new Uint8Array(n));
    this.published = copy(this.published, (n) => new Uint8Array(n));
    this.fromMs = copy(this.fromMs, (n) => new Float64Array(n));
    this.toMs = copy(this.toMs, (n) => new Float64Array(n));
    this.typeBoost = copy(this.typeBoost, (n) => new Float32Array(n));
    this.lengths = this.lengths.map((old) => copy(old, (n) => new Uint16Array(n)));
  }

  /** Adds a document and returns its number. */
  append(stored: StoredDocument, fieldLengths: readonly number[]): number {
    const doc = this.size;
    this.grow(doc + 1);
    this.stored[doc] = stored;
    this.alive[doc] = 1;
    this.published[doc] = stored.published ? 1 : 0;
    this.fromMs[doc] = stored.fromMs;
    this.toMs[doc] = stored.toMs;
    this.typeBoost[doc] = stored.typeBoost;
    fieldLengths.forEach((length, field) => {
      this.lengths[field][doc] = Math.min(length, 0xffff);
      this.lengthSums[field] += this.lengths[field][doc];
    });
    this.size += 1;
    this.live += 1;
    return doc;
  }

  kill(doc: number): void {
    if (this.alive[doc] === 0) return;
    this.alive[doc] = 0;
    for (let field = 0; field < FIELDS.length; field += 1) this.lengthSums[field] -= this.lengths[field][doc];
    this.stored[doc] = undefined;
    this.live -= 1;
  }

  /** Rebuilds the columns with only live documents, numbered densely; returns old → new (-1 = gone). */
  compact(): Int32Array {
    const renumber = new Int32Array(this.size).fill(-1);
    const kept: Array<{ stored: StoredDocument; lengths: number[] }> = [];
    for (let doc = 0; doc < this.size; doc += 1) {
      const stored = this.stored[doc];
      if (!stored) continue;
      renumber[doc] = kept.length;
      kept.push({ stored, lengths: this.lengths.map((l) => l[doc]) });
    }
    this.reset();
    for (const { stored, lengths } of kept) this.append(stored, lengths);
    return renumber;
  }

  private reset(): void {
    this.size = 0;
    this.live = 0;
    this.stored = [];
    this.alive.fill(0);
    this.lengthSums.fill(0);
  }

  /** Documents restored from disk, numbered 0..n-1 like their postings. */
  restore(stored: readonly StoredDocument[], lengths: readonly Uint16Array[]): void {
    this.reset();
    stored.forEach((s, doc) => this.append(s, lengths.map((l) => l[doc])));
  }
}
