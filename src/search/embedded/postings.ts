/**
 * A growable posting list: document numbers and term frequencies in typed arrays, so a search
 * walks flat memory instead of maps and objects (this is where MiniSearch spent its time).
 */
export class Postings {
  docs: Int32Array<ArrayBufferLike>;
  freqs: Uint16Array<ArrayBufferLike>;
  length: number;

  constructor(docs: Int32Array<ArrayBufferLike> = new Int32Array(4), freqs: Uint16Array<ArrayBufferLike> = new Uint16Array(4), length = 0) {
    this.docs = docs;
    this.freqs = freqs;
    this.length = length;
  }

  /** Counts one more occurrence in `doc`: the last posting when it is that document's, else a new one. */
  count(doc: number): void {
    const last = this.length - 1;
    if (last >= 0 && this.docs[last] === doc) {
      if (this.freqs[last] < 0xffff) this.freqs[last] += 1;
      return;
    }
    this.add(doc, 1);
  }

  add(doc: number, freq: number): void {
    if (this.length === this.docs.length) this.grow();
    this.docs[this.length] = doc;
    this.freqs[this.length] = Math.min(freq, 0xffff);
    this.length += 1;
  }

  private grow(): void {
    const capacity = Math.max(4, this.docs.length * 2);
    const docs = new Int32Array(capacity);
    const freqs = new Uint16Array(capacity);
    docs.set(this.docs.subarray(0, this.length));
    freqs.set(this.freqs.subarray(0, this.length));
    this.docs = docs;
    this.freqs = freqs;
  }

  /** Drops postings of removed documents and renumbers the rest (`renumber[old]`, -1 = removed). */
  compact(renumber: Int32Array): void {
    let kept = 0;
    for (let i = 0; i < this.length; i += 1) {
      const doc = renumber[this.docs[i]];
      if (doc < 0) continue;
      this.docs[kept] = doc;
      this.freqs[kept] = this.freqs[i];
      kept += 1;
    }
    this.length = kept;
  }
}


