/**
 * The embedded index on disk: a header line, a manifest line, document lines (JSON never
 * contains a raw newline), then the posting arrays as raw bytes. Written to a temporary file,
 * synced and renamed, so a crash leaves the old file or the new one, never half of one. A
 * header from another format or analyzer means "rebuild", not "crash".
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SearchDocument } from '../search-document';
import type { SavedLocale } from './saved-locale';

export const FORMAT = 'tongyuan-embedded-search';
/** Bump when the file layout or the scoring data changes. */
export const FORMAT_VERSION = 2;
const DOCUMENTS_PER_LINE = 2000;

export type SavedHeader = { format: string; formatVersion: number; analyzer: string; savedAt: string; documents: number };

type Section = [offset: number, bytes: number];
type LocaleManifest = {
  locale: string; words: string[]; grams: string[]; documents: number;
  counts: Section; docs: Section; freqs: Section; lengths: Section[];
};
type Manifest = { locales: LocaleManifest[]; documentLines: number };

export type SavedLocaleWithDocuments = { saved: SavedLocale; documents: SearchDocument[] };
export type SavedIndex = { header: SavedHeader; locales: Map<string, SavedLocaleWithDocuments> };

type Blob = { parts: Buffer[]; size: number };

function append(blob: Blob, array: ArrayBufferView): Section {
  const offset = blob.size;
  const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
  const padding = (8 - (bytes.length % 8)) % 8;
  blob.parts.push(bytes, Buffer.alloc(padding));
  blob.size += bytes.length + padding;
  return [offset, array.byteLength];
}

function documentLines(locale: string, documents: readonly SearchDocument[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < documents.length; i += DOCUMENTS_PER_LINE) {
    lines.push(JSON.stringify({ locale, documents: documents.slice(i, i + DOCUMENTS_PER_LINE) }));
  }
  return lines;
}

/** Writes the index atomically: temp file in the same folder, fsync, rename. Returns its size. */
export async function saveIndex(file: string, header: SavedHeader, locales: ReadonlyMap<string, SavedLocaleWithDocuments>): Promise<number> {
  const blob: Blob = { parts: [], size: 0 };
  const manifest: Manifest = { locales: [], documentLines: 0 };
  const lines: string[] = [];
  for (const [locale, { saved, documents }] of locales) {
    manifest.locales.push({
      locale, words: saved.words, grams: saved.grams, documents: documents.length,
      counts: append(blob, saved.counts), docs: append(blob, saved.docs), freqs: append(blob, saved.freqs),
      lengths: saved.lengths.map((lengths) => append(blob, lengths)),
    });
    lines.push(...documentLines(locale, documents));
  }
  manifest.documentLines = lines.length;
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const handle = await fs.promises.open(temp, 'w');
  try {
    for (const line of [JSON.stringify(header), JSON.stringify(manifest), ...lines]) await handle.write(`${line}\n`);
    for (const part of blob.parts) await handle.write(part);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.promises.rename(temp, file);
  return (await fs.promises.stat(file)).size;
}

/** The header of a saved index, or undefined when there is no readable one. */
export function readHeader(file: string): SavedHeader | undefined {
  if (!fs.existsSync(file)) return undefined;
  const buffer = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const end = buffer.subarray(0, read).indexOf(0x0a);
    if (end === -1) return undefined;
    const header = JSON.parse(buffer.toString('utf8', 0, end)) as SavedHeader;
    return header.format === FORMAT ? header : undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies a section into its own (aligned) array. */
function section<T>(buffer: Buffer, blobStart: number, [offset, bytes]: Section, make: (b: ArrayBuffer) => T): T {
  const start = buffer.byteOffset + blobStart + offset;
  return make(buffer.buffer.slice(start, start + bytes) as ArrayBuffer);
}

/** Reads the whole saved index; call only after the header was accepted. */
export function readIndex(file: string): SavedIndex {
  const buffer = fs.readFileSync(file);
  let at = 0;
  const nextLine = () => {
    const end = buffer.indexOf(0x0a, at);
    const text = buffer.toString('utf8', at, end);
    at = end + 1;
    return text;
  };
  const header = JSON.parse(nextLine()) as SavedHeader;
  const manifest = JSON.parse(nextLine()) as Manifest;
  const documents = new Map<string, SearchDocument[]>();
  for (let i = 0; i < manifest.documentLines; i += 1) {
    const line = JSON.parse(nextLine()) as { locale: string; documents: SearchDocument[] };
    const list = documents.get(line.locale) ?? [];
    for (const doc of line.documents) list.push(doc);
    documents.set(line.locale, list);
  }
  const locales = new Map<string, SavedLocaleWithDocuments>();
  for (const entry of manifest.locales) {
    const saved: SavedLocale = {
      words: entry.words,
      grams: entry.grams,
      counts: section(buffer, at, entry.counts, (b) => new Int32Array(b)),
      docs: section(buffer, at, entry.docs, (b) => new Int32Array(b)),
      freqs: section(buffer, at, entry.freqs, (b) => new Uint16Array(b)),
      lengths: entry.lengths.map((s) => section(buffer, at, s, (b) => new Uint16Array(b))),
    };
    locales.set(entry.locale, { saved, documents: documents.get(entry.locale) ?? [] });
  }
  return { header, locales };
}
