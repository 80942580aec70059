/**
 * The hotline console's domain: the search log and its events, feedback routed to owners with
 * working-day deadlines, the answer view, and the office's measures. See docs/hotline.md.
 */
export type { SearchLogEntry } from './search-log-store';
export { logSearch, newSearchId, recordEvent, SEARCH_LOG_UID } from './search-log-store';
export { createFeedback, FEEDBACK_UID, type FlagInput } from './feedback-store';
export { loadAnswer, loadPlainLines, type SubjectRef } from './served-store';
export { loadMeasures, loadUnanswered, type Measures, type UnansweredQuery } from './measures-store';
export type { AnswerView } from './answer-view';
export { FEEDBACK_CATEGORIES, FEEDBACK_STATES, RESPONSE_WORKING_DAYS } from './feedback-terms';
export { SEARCH_EVENTS } from './search-outcome';
export { workingDayDeadline, CHINA_CALENDAR } from './working-days';
