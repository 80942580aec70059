import { countMessages, formatLintReport } from './format-report';
import type { LintMessage } from './lint-message';

const message = (overrides: Partial<LintMessage>): LintMessage => ({
  source: 'tongyuan-lint', ruleId: 'no-vague-catch-all', severity: 'error', subject: 'M01', element: 'acceptConditions',
  reason: 'Unexpected vague catch-all `等材料`, expected every material or condition named', ...overrides,
});

describe('formatLintReport', () => {
  it('groups by subject and locale, with place, severity, reason and rule', () => {
    const report = formatLintReport([
      message({ locale: 'zh-CN', line: 3, column: 6, endLine: 3, endColumn: 9 }),
      message({ locale: 'zh-CN', ruleId: 'result-sample', severity: 'warning', element: 'result.sample', reason: 'Unexpected result `x` without a sample, expected 审批结果样本 (resultSample)' }),
      message({ subject: 'M02', ruleId: 'licensing-faq', element: 'faqs', reason: 'Unexpected 行政许可 matter without FAQ, expected at least one 常见问题' }),
    ]);
    expect(report).toBe([
      'M01 (zh-CN)',
      '  acceptConditions:3:6-3:9  error    Unexpected vague catch-all `等材料`, expected every material or condition named  no-vague-catch-all',
      '  result.sample             warning  Unexpected result `x` without a sample, expected 审批结果样本 (resultSample)  result-sample',
      '',
      'M02',
      '  faqs  error    Unexpected 行政许可 matter without FAQ, expected at least one 常见问题  licensing-faq',
      '',
      '2 errors, 1 warning',
      '',
    ].join('\n'));
  });

  it('says so when there is nothing to report', () => {
    expect(formatLintReport([])).toBe('No lint messages.\n');
    expect(countMessages([])).toEqual({ errors: 0, warnings: 0 });
  });
});
