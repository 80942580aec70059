/**
 * Evaluation questions (TSV: question, expected_kp, expected_matter, style[, expected_kind])
 * and their scoring: a hit counts when the expected knowledge point is the first result
 * (top-1) or among the first three (top-3). A matter or bundle in the results never counts
 * as the knowledge point. Rows whose expected_kp is "-" count on the kind of answer instead.
 */
import fs from 'node:fs';

export type EvalQuestion = { question: string; expectedKp: string; expectedMatter: string; style: string; expectedKind?: string; file: string };

/** A ranked answer as an engine or the baseline returned it. */
export type Ranked = { type: 'knowledgePoint' | 'matter' | 'bundle'; code: string; kind?: string };

export type Score = { questions: number; top1: number; top3: number };

/** Reads one TSV file; the header names the columns. */
export function readQuestions(file: string): EvalQuestion[] {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)]?.trim();
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      question: at(cells, 'question') ?? '',
      expectedKp: at(cells, 'expected_kp') ?? '-',
      expectedMatter: at(cells, 'expected_matter') ?? '-',
      style: at(cells, 'style') ?? '',
      expectedKind: at(cells, 'expected_kind') || undefined,
      file,
    };
  });
}

/** Position (0-based) of the expected answer among the knowledge points returned, or -1. */
export function rankOf(question: EvalQuestion, ranked: readonly Ranked[]): number {
  return ranked.findIndex((r) => {
    if (r.type !== 'knowledgePoint') return false;
    if (question.expectedKp !== '-') return r.code === question.expectedKp;
    return question.expectedKind !== undefined && r.kind === question.expectedKind;
  });
}

/** Adds one question's outcome to a score. */
export function tally(score: Score, rank: number): Score {
  return { questions: score.questions + 1, top1: score.top1 + (rank === 0 ? 1 : 0), top3: score.top3 + (rank >= 0 && rank < 3 ? 1 : 0) };
}

export const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);
