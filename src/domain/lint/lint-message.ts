/**
 * Guide lint messages as data, in the unified convention: "Unexpected X, expected Y", a rule
 * id, a severity, and a place — the element path of the guide plus line/column inside a
 * Markdown field. Errors block publishing; warnings are reported.
 */
import type { Locale } from '../value-sets';

export type Severity = 'error' | 'warning';

/** A rule's setting: its severity, or off. */
export type RuleSetting = Severity | 'off';

/** Every rule, with its default severity. */
export const RULES = {
  'directive-syntax': 'error',
  'directive-attribute': 'warning',
  'no-raw-html': 'warning',
  'no-image': 'warning',
  'safe-link': 'warning',
  'no-vague-catch-all': 'error',
  'jargon-plain-note': 'warning',
  'dangling-reference': 'error',
  'required-text': 'error',
  'unique-key': 'error',
  'safe-url': 'error',
  'project-type-consistency': 'error',
  'result-type-by-name': 'error',
  'on-site-reason': 'error',
  'on-site-reason-none': 'warning',
  'postal-when-no-visit': 'error',
  'full-online-no-visit': 'error',
  'online-url': 'error',
  'fee-complete': 'error',
  'no-payment-when-free': 'error',
  'contact-phones': 'error',
  'licensing-faq': 'error',
  'licensing-steps': 'error',
  'result-sample': 'warning',
  'promised-within-legal': 'error',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

/** Per-rule overrides of the default severities. */
export type LintOptions = { rules?: Partial<Record<RuleId, RuleSetting>> };

export type LintMessage = {
  source: 'tongyuan-lint';
  ruleId: RuleId;
  severity: Severity;
  reason: string;
  /** The matter or knowledge-point code. */
  subject: string;
  locale?: Locale;
  /** Element path, the same ids the Publication uses (e.g. `materials.application.fillingInstructions`). */
  element: string;
  /** 1-based line/column inside the element's text, when the rule can tell. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
};

/** A rule's finding before its severity and subject are applied. */
export type Finding = {
  ruleId: RuleId;
  reason: string;
  element: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
};

/** The effective setting of a rule. */
export function settingOf(ruleId: RuleId, options: LintOptions | undefined): RuleSetting {
  return options?.rules?.[ruleId] ?? RULES[ruleId];
}

/** True when a message blocks publishing. */
export function isError(message: LintMessage): boolean {
  return message.severity === 'error';
}

/** True when `value` names a rule. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && Object.hasOwn(RULES, value);
}
