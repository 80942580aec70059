/**
 * A lint report as text, in the layout of vfile-reporter: one block per subject, one line per
 * message (place, severity, reason, rule), and a total. No colours and no I/O, so a CLI, a
 * test or an admin panel can all print it.
 */
import type { LintMessage } from './lint-message';

/** Counts of a set of messages. */
export function countMessages(messages: readonly LintMessage[]): { errors: number; warnings: number } {
  const errors = messages.filter((m) => m.severity === 'error').length;
  return { errors, warnings: messages.length - errors };
}

function placeOf(message: LintMessage): string {
  if (message.line === undefined) return message.element;
  const start = `${message.line}:${message.column ?? 1}`;
  if (message.endLine === undefined) return `${message.element}:${start}`;
  return `${message.element}:${start}-${message.endLine}:${message.endColumn ?? 1}`;
}

function subjectOf(message: LintMessage): string {
  return message.locale ? `${message.subject} (${message.locale})` : message.subject;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Format messages grouped by subject, in the order given. */
export function formatLintReport(messages: readonly LintMessage[]): string {
  if (messages.length === 0) return 'No lint messages.\n';
  const groups = new Map<string, LintMessage[]>();
  for (const message of messages) {
    const key = subjectOf(message);
    groups.set(key, [...(groups.get(key) ?? []), message]);
  }
  const lines: string[] = [];
  for (const [subject, group] of groups) {
    lines.push(subject);
    const width = Math.max(...group.map((m) => placeOf(m).length));
    for (const message of group) {
      lines.push(`  ${placeOf(message).padEnd(width)}  ${message.severity.padEnd(7)}  ${message.reason}  ${message.ruleId}`);
    }
    lines.push('');
  }
  const { errors, warnings } = countMessages(messages);
  lines.push(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
  return `${lines.join('\n')}\n`;
}
