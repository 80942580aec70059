/**
 * Inspection rules (巡检, domain-facts §1.9) on how a guide's classifications agree:
 * rules 1–2 (即办 vs 办件类型/审查类型), 3 (result name → result type), 15 (promised ≤ legal).
 */
import type { Matter, TimeLimit } from '../guide';
import type { Finding } from './lint-message';

/** Rules 1 and 2: a 即办 promise means 即办件 + 即审即办; any other promise 承诺件 + 前审后批. */
export function projectTypeConsistency(matter: Matter): Finding[] {
  const immediate = matter.promisedTimeLimit.unit === '即办';
  const expectedProject = immediate ? '即办件' : '承诺件';
  const expectedReview = immediate ? '即审即办' : '前审后批';
  const promise = immediate ? '即办' : `${matter.promisedTimeLimit.value}${matter.promisedTimeLimit.unit}`;
  const findings: Finding[] = [];
  if (matter.projectType !== expectedProject) {
    findings.push({
      ruleId: 'project-type-consistency',
      element: 'projectType',
      reason: `Unexpected 办件类型 \`${matter.projectType}\` for a promised time limit of ${promise}, expected \`${expectedProject}\``,
    });
  }
  if (matter.reviewType !== expectedReview) {
    findings.push({
      ruleId: 'project-type-consistency',
      element: 'reviewType',
      reason: `Unexpected 审查类型 \`${matter.reviewType}\` for a promised time limit of ${promise}, expected \`${expectedReview}\``,
    });
  }
  return findings;
}

// Checked in this order: "批复" before the single characters.
const RESULT_SUFFIXES = [
  ['批复', '审批办结'],
  ['证', '出证办结'],
  ['文', '出文办结'],
] as const;

/** Rule 3: a result named …证 is 出证办结, …文 出文办结, …批复 审批办结. */
export function resultTypeByName(matter: Matter): Finding[] {
  const name = matter.resultName?.trim();
  if (!name) return [];
  const rule = RESULT_SUFFIXES.find(([suffix]) => name.endsWith(suffix));
  if (!rule || matter.resultType === rule[1]) return [];
  return [{
    ruleId: 'result-type-by-name',
    element: 'result.type',
    reason: `Unexpected 审批结果类型 \`${matter.resultType}\` for a result named \`${name}\`, expected \`${rule[1]}\``,
  }];
}

/** Rule 15: the promised time limit is no longer than the legal one, in the same unit. */
export function promisedWithinLegal(matter: Matter): Finding[] {
  const { legalTimeLimit: legal, promisedTimeLimit: promised } = matter;
  if (promised.unit === '即办') return [];
  if (legal.unit === '即办') {
    return [finding(`Unexpected promised time limit ${describe(promised)} for a legal time limit of 即办, expected 即办`)];
  }
  if (legal.unit !== promised.unit) {
    return [finding(`Unexpected promised time limit in ${promised.unit} against a legal one in ${legal.unit}, expected the same unit`)];
  }
  if (promised.value > legal.value) {
    return [finding(`Unexpected promised time limit ${describe(promised)}, expected at most the legal ${describe(legal)}`)];
  }
  return [];
}

function describe(limit: TimeLimit): string {
  return limit.unit === '即办' ? '即办' : `${limit.value}个${limit.unit}`;
}

function finding(reason: string): Finding {
  return { ruleId: 'promised-within-legal', element: 'timeLimits.promised', reason };
}
