/**
 * Runs the Markdown lint rules (unified-lint-rule plugins) over one parsed guide field and
 * returns their messages as data. One processor is built per subject, since the reference
 * targets and the jargon list belong to the matter, and reused for each of its fields.
 */
import type { Root } from 'mdast';
import { type Processor, unified } from 'unified';
import type { Label } from 'unified-lint-rule';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { lintDirectiveAttribute, lintDirectiveSyntax } from '../../markdown/lint-directive-syntax';
import { lintNoImage, lintNoRawHtml, lintSafeLink } from '../../markdown/lint-markdown-subset';
import type { JargonTerm } from '../publication/context';
import { type ReferenceTargets, lintDanglingReference } from './lint-dangling-reference';
import { lintJargonPlainNote } from './lint-jargon-plain-note';
import { type Finding, type LintOptions, type RuleId, type Severity, isRuleId, settingOf } from './lint-message';
import { lintNoVagueCatchAll } from './lint-no-vague-catch-all';

export type MarkdownLintConfig = {
  options?: LintOptions;
  targets: ReferenceTargets;
  /** Terms to check; only given for high-frequency guides. */
  jargon?: readonly JargonTerm[];
};

/** A finding with the severity it was raised at. */
export type RatedFinding = Finding & { severity: Severity };

export type MarkdownLinter = (tree: Root, source: string, element: string) => RatedFinding[];

/** A linter for the Markdown fields of one subject. */
export function markdownLinter(config: MarkdownLintConfig): MarkdownLinter {
  const processor = buildProcessor(config);
  return (tree, source, element) => {
    const file = new VFile({ value: source });
    processor.runSync(tree, file);
    // Rules run one after another; a report reads better in source order.
    return file.messages.flatMap((message) => toFinding(message, element)).sort(bySource);
  };
}

function buildProcessor(config: MarkdownLintConfig): Processor<Root, Root, Root> {
  // Severity goes in a tuple: unified-lint-rule reads a bare string as the rule's options.
  const label = (ruleId: RuleId): Label => {
    const setting = settingOf(ruleId, config.options);
    if (setting === 'warning') return 'warn';
    return setting;
  };
  const processor = unified()
    .use(lintDirectiveSyntax, [label('directive-syntax')])
    .use(lintDirectiveAttribute, [label('directive-attribute')])
    .use(lintNoRawHtml, [label('no-raw-html')])
    .use(lintNoImage, [label('no-image')])
    .use(lintSafeLink, [label('safe-link')])
    .use(lintNoVagueCatchAll, [label('no-vague-catch-all')])
    .use(lintDanglingReference, [label('dangling-reference'), config.targets]);
  if (config.jargon && config.jargon.length > 0) {
    processor.use(lintJargonPlainNote, [label('jargon-plain-note'), { terms: config.jargon }]);
  }
  return processor.freeze() as unknown as Processor<Root, Root, Root>;
}

function bySource(a: RatedFinding, b: RatedFinding): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function toFinding(message: VFileMessage, element: string): RatedFinding[] {
  if (!isRuleId(message.ruleId)) throw message;
  const finding: RatedFinding = {
    ruleId: message.ruleId,
    severity: message.fatal ? 'error' : 'warning',
    reason: message.reason,
    element,
  };
  const place = message.place;
  if (place && 'start' in place) {
    Object.assign(finding, { line: place.start.line, column: place.start.column, endLine: place.end.line, endColumn: place.end.column });
  } else if (place) {
    Object.assign(finding, { line: place.line, column: place.column });
  }
  return [finding];
}
