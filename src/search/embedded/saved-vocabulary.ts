/**
 * The analysis vocabulary saved beside the embedded index: a restart builds the analyzer from
 * it, so the analyzer matches the saved index (same fingerprint) even when content changed
 * since, and the index loads instead of being rebuilt. The next reindex refreshes both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AnalysisVocabulary } from '../analysis/vocabulary';

const FILE_NAME = 'vocabulary.json';

/** Writes the vocabulary atomically (temp file, rename). */
export async function saveVocabulary(dataDir: string, vocabulary: AnalysisVocabulary): Promise<void> {
  const file = path.join(dataDir, FILE_NAME);
  await fs.promises.mkdir(dataDir, { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.promises.writeFile(temp, JSON.stringify(vocabulary));
  await fs.promises.rename(temp, file);
}

/** The vocabulary saved in this folder, if any. */
export function readSavedVocabulary(dataDir: string): AnalysisVocabulary | undefined {
  const file = path.join(dataDir, FILE_NAME);
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as AnalysisVocabulary;
}
