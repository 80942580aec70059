/**
 * The outcome of a build: a Publication with its warnings, or the lint errors that block it
 * (never both — an erroneous guide has no Publication).
 */
import { type LintMessage, isError } from '../lint/lint-message';

export type BuildFailure = { ok: false; errors: LintMessage[]; warnings: LintMessage[] };

export type BuildResult<T> = { ok: true; publication: T; warnings: LintMessage[] } | BuildFailure;

/** The failure of a set of lint messages, or undefined when none is an error. */
export function failureOf(messages: readonly LintMessage[]): BuildFailure | undefined {
  const errors = messages.filter(isError);
  if (errors.length === 0) return undefined;
  return { ok: false, errors, warnings: messages.filter((m) => !isError(m)) };
}
