/**
 * The words of the feedback loop (纠错): what an agent can flag, the states a flag moves
 * through, and how long the owner has to respond. Storage codes are English; labels are the
 * console's and the admin's.
 */

/** What is wrong with an answer: 错误 / 过时 / 表述不清 / 缺内容. */
export const FEEDBACK_CATEGORIES = ['wrong', 'outdated', 'unclear', 'missing'] as const;
export type FeedbackCategory = (typeof FEEDBACK_CATEGORIES)[number];

/**
 * Where a flag stands (处理状态): open → answered (the owner replied) → fixed (a new version is
 * published) or rejected. Stored as `state`: Strapi 5's Content Manager reserves `status` for
 * draft/published.
 */
export const FEEDBACK_STATES = ['open', 'answered', 'fixed', 'rejected'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

/** The owner's time to respond, in working days (domain-facts §3.3 rule 3). */
export const RESPONSE_WORKING_DAYS = 1;

/** What a flag can be about: the three things the console opens. */
export const FEEDBACK_SUBJECT_TYPES = ['knowledgePoint', 'matter', 'bundle'] as const;
export type FeedbackSubjectType = (typeof FEEDBACK_SUBJECT_TYPES)[number];

export const CATEGORY_LABELS: Record<FeedbackCategory, string> = {
  wrong: '口径错误', outdated: '内容过时', unclear: '表述不清', missing: '内容缺失',
};

export const STATE_LABELS: Record<FeedbackState, string> = {
  open: '待处理', answered: '已答复', fixed: '已修正', rejected: '不予采纳',
};

/** A state an owner has dealt with (no longer counts against the deadline). */
export function isSettled(state: FeedbackState): boolean {
  return state !== 'open';
}
