/**
 * Bundle lint: the Markdown rules over its summary and conditions plus the bundle rules
 * (rules-bundle.ts). `buildBundlePublication` runs the same pass and reuses the parsed trees;
 * `lintBundle(s)` runs it alone.
 */
import { parseGuideMarkdown } from '../../markdown/guide-markdown';
import type { Bundle } from '../guide';
import { type ParsedText, type Subject, applySeverity, rated, referenceTargets } from '../lint/lint-guide';
import { markdownLinter } from '../lint/lint-markdown';
import type { LintMessage } from '../lint/lint-message';
import type { Locale } from '../value-sets';
import { bundleTexts } from './bundle-fields';
import type { GuideContext } from './context';
import { BUNDLE_RULES } from './rules-bundle';

/** Lint messages of a bundle and its parsed texts, for the builder to reuse. */
export type BundleInspection = { messages: LintMessage[]; texts: ParsedText[] };

/** Parse and lint the texts of a bundle and run the bundle rules. */
export function inspectBundle(bundle: Bundle, context: GuideContext, locale?: Locale): BundleInspection {
  const subject: Subject = { code: bundle.code, locale };
  // A bundle has no forms of its own, so `:sample` / `:blank` in its texts do not resolve.
  const lint = markdownLinter({ options: context.lint, targets: referenceTargets(undefined, context) });
  const texts = bundleTexts(bundle).map((text) => ({ ...text, tree: parseGuideMarkdown(text.source) }));
  const messages = texts.flatMap((text) => lint(text.tree, text.source, text.element).map((f) => rated(f, subject)));
  messages.push(...applySeverity(BUNDLE_RULES.flatMap((rule) => rule(bundle, context)), subject, context.lint));
  return { messages, texts };
}

/** Lint one bundle. */
export function lintBundle(bundle: Bundle, context: GuideContext, locale?: Locale): LintMessage[] {
  return inspectBundle(bundle, context, locale).messages;
}

/** Lint many bundles; messages carry the bundle code as `subject`. */
export function lintBundles(bundles: readonly Bundle[], context: GuideContext, locale?: Locale): LintMessage[] {
  return bundles.flatMap((bundle) => lintBundle(bundle, context, locale));
}
