/**
 * Inspection rules on licensing matters and results (domain-facts §1.9 rules 12–14).
 */
import type { Matter } from '../guide';
import type { Finding } from './lint-message';

const MIN_LICENSING_STEPS = 5;

/** Rule 12: a 行政许可 matter has at least one FAQ. */
export function licensingFaq(matter: Matter): Finding[] {
  if (matter.taskType !== '行政许可' || matter.faqs.length > 0) return [];
  return [{ ruleId: 'licensing-faq', element: 'faqs', reason: 'Unexpected 行政许可 matter without FAQ, expected at least one 常见问题' }];
}

/** Rule 13: a 行政许可 flow has at least five offline steps (受理、审核、审批、办结、送达). */
export function licensingSteps(matter: Matter): Finding[] {
  const count = matter.offlineSteps.length;
  if (matter.taskType !== '行政许可' || count >= MIN_LICENSING_STEPS) return [];
  return [{
    ruleId: 'licensing-steps',
    element: 'steps.offline',
    reason: `Unexpected ${count} offline step(s) for a 行政许可 matter, expected at least ${MIN_LICENSING_STEPS} (受理、审核、审批、办结、送达)`,
  }];
}

/** Rule 14: a named result has a result sample (warning: the guide is usable without it). */
export function resultSample(matter: Matter): Finding[] {
  if (!matter.resultName?.trim() || matter.resultSample) return [];
  return [{
    ruleId: 'result-sample',
    element: 'result.sample',
    reason: `Unexpected result \`${matter.resultName}\` without a sample, expected 审批结果样本 (resultSample)`,
  }];
}
