/**
 * Feedback in figures, for the office's report: the knowledge points agents flag most, and how
 * many flags are open, overdue or settled (the departments are assessed on it).
 */
import type { FeedbackCategory, FeedbackState, FeedbackSubjectType } from './feedback-terms';
import { FEEDBACK_CATEGORIES } from './feedback-terms';

export type FeedbackRow = {
  subjectType: FeedbackSubjectType;
  subjectCode: string;
  subjectTitle?: string | null;
  category: FeedbackCategory;
  state: FeedbackState;
  dueAt: string | Date;
  departmentCode?: string | null;
};

export type FlaggedPoint = { code: string; title: string | null; count: number; open: number; byCategory: Record<FeedbackCategory, number> };

export type FeedbackTally = { total: number; open: number; overdue: number; answered: number; fixed: number; rejected: number };

const emptyCategories = () => Object.fromEntries(FEEDBACK_CATEGORIES.map((c) => [c, 0])) as Record<FeedbackCategory, number>;

/** Knowledge points by number of flags, most first (ties by code, so the order is stable). */
export function topFlagged(rows: readonly FeedbackRow[], limit: number): FlaggedPoint[] {
  const byCode = new Map<string, FlaggedPoint>();
  for (const row of rows) {
    if (row.subjectType !== 'knowledgePoint') continue;
    const entry = byCode.get(row.subjectCode) ?? { code: row.subjectCode, title: row.subjectTitle ?? null, count: 0, open: 0, byCategory: emptyCategories() };
    entry.count += 1;
    if (row.state === 'open') entry.open += 1;
    entry.byCategory[row.category] += 1;
    byCode.set(row.subjectCode, entry);
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)).slice(0, limit);
}

/** Open flags past their deadline count as overdue. */
export function isOverdue(row: Pick<FeedbackRow, 'state' | 'dueAt'>, now: Date): boolean {
  return row.state === 'open' && new Date(row.dueAt).getTime() < now.getTime();
}

export function feedbackTally(rows: readonly FeedbackRow[], now: Date): FeedbackTally {
  const tally: FeedbackTally = { total: rows.length, open: 0, overdue: 0, answered: 0, fixed: 0, rejected: 0 };
  for (const row of rows) {
    tally[row.state] += 1;
    if (isOverdue(row, now)) tally.overdue += 1;
  }
  return tally;
}
