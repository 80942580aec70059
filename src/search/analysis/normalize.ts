/**
 * Text normalization shared by documents and queries: full-width to half-width, lower case,
 * traditional to simplified (OpenCC hk → cn). Engines never see traditional characters, so
 * 公積金 and 公积金 are one term for both adapters (Meilisearch only converts partly).
 */
import * as OpenCC from 'opencc-js';

const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

let hkToCn: ((text: string) => string) | undefined;
let charMap: Map<string, string> | undefined;
let traditionalTable: Uint8Array | undefined;

function converter(): (text: string) => string {
  const convert = hkToCn ?? OpenCC.Converter({ from: 'hk', to: 'cn' });
  hkToCn = convert;
  return convert;
}

/** Single characters OpenCC changes; built once (≈30k lookups) to skip simplified text fast. */
function traditionalChars(): Map<string, string> {
  if (charMap) return charMap;
  const convert = converter();
  const map = new Map<string, string>();
  for (const [from, to] of CJK_RANGES) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      const converted = convert(char);
      if (converted !== char && converted.length === 1) map.set(char, converted);
    }
  }
  charMap = map;
  traditionalTable = new Uint8Array(0x10000);
  for (const char of map.keys()) traditionalTable[char.charCodeAt(0)] = 1;
  return map;
}

function hasTraditional(text: string): boolean {
  if (!traditionalTable) traditionalChars();
  const table = traditionalTable as Uint8Array;
  for (let i = 0; i < text.length; i += 1) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Traditional → simplified with OpenCC's phrase rules; simplified text is returned as is. */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? converter()(text) : text;
}

/** Folds one character for matching: NFKC width, lower case, simplified; always one character. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  if (code >= 0x4e00 && code <= 0x9fff) return traditionalChars().get(char) ?? char;
  let out = char.normalize('NFKC');
  if (out.length !== 1) out = char;
  const lower = out.toLowerCase();
  if (lower.length === 1) out = lower;
  return traditionalChars().get(out) ?? out;
}

let foldTable: Uint8Array | undefined;

/** Characters foldChar changes, as a table over the basic plane (built once). */
function changedByFold(): Uint8Array {
  if (foldTable) return foldTable;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (foldChar(char) !== char) table[code] = 1;
  }
  foldTable = table;
  return table;
}

/** Length-preserving fold, so offsets in the folded text are offsets in the original (highlighting). */
export function foldText(text: string): string {
  const table = changedByFold();
  if (text === '') return text;
  let first = -1;
  for (let i = 0; i < text.length && first === -1; i += 1) if (table[text.charCodeAt(i)] === 1) first = i;
  if (first === -1) return text;
  const out = [text.slice(0, first)];
  for (let i = first; i < text.length; i += 1) out.push(table[text.charCodeAt(i)] === 1 ? foldChar(text[i]) : text[i]);
  return out.join('');
}

/** The canonical form of any text before analysis. */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}

/** True for a Han character (the scripts the bigram and pinyin steps care about). */
export function isHan(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
