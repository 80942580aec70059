import { feedbackTally, isOverdue, topFlagged, type FeedbackRow } from './feedback-report';

const NOW = new Date('2026-03-12T08:00:00Z');
const flag = (code: string, category: FeedbackRow['category'], state: FeedbackRow['state'] = 'open', dueAt = '2026-03-13T15:59:59.999Z'): FeedbackRow => ({
  subjectType: 'knowledgePoint', subjectCode: code, subjectTitle: `${code} title`, category, state, dueAt,
});

test('the most flagged knowledge points come first, with their categories', () => {
  const rows = [flag('KP-M04-RENT', 'outdated'), flag('KP-M01-FEE', 'wrong'), flag('KP-M04-RENT', 'unclear', 'answered'), { ...flag('M01', 'wrong'), subjectType: 'matter' as const }];
  expect(topFlagged(rows, 5)).toEqual([
    { code: 'KP-M04-RENT', title: 'KP-M04-RENT title', count: 2, open: 1, byCategory: { wrong: 0, outdated: 1, unclear: 1, missing: 0 } },
    { code: 'KP-M01-FEE', title: 'KP-M01-FEE title', count: 1, open: 1, byCategory: { wrong: 1, outdated: 0, unclear: 0, missing: 0 } },
  ]);
});

test('an open flag past its deadline is overdue; a settled one never is', () => {
  expect(isOverdue(flag('A', 'wrong', 'open', '2026-03-11T15:59:59.999Z'), NOW)).toBe(true);
  expect(isOverdue(flag('A', 'wrong', 'fixed', '2026-03-11T15:59:59.999Z'), NOW)).toBe(false);
  expect(feedbackTally([flag('A', 'wrong', 'open', '2026-03-11T00:00:00Z'), flag('B', 'missing'), flag('C', 'wrong', 'rejected')], NOW))
    .toEqual({ total: 3, open: 2, overdue: 1, answered: 0, fixed: 0, rejected: 1 });
});
