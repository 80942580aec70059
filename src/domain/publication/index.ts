/**
 * Publication building and channel projection: the one place guide text is rendered.
 * buildPublication / buildBundlePublication / buildKnowledgePointPublication → a frozen, hashed
 * Publication; presenters project it to web, hotline, window and kiosk without changing a word.
 */
export { buildPublication } from './build-publication';
export { buildBundlePublication } from './build-bundle';
export { buildKnowledgePointPublication } from './build-knowledge-point';
export type { BuildFailure, BuildResult } from './build-result';
export type { GuideContext, JargonTerm } from './context';
export type * from './types';
export type { Block, Inline, LinkKind, LinkRun, List, Paragraph, TermRun, TextRun } from '../../markdown/rich-text';
export { blocksText, normalizeText, runsText } from '../../markdown/rich-text';
export { publicationText, publicationTextMap, type ElementText } from './publication-text';
export { RENDERER_VERSION, contentHashOf } from './seal';
export { SchemaViolationError } from './schema-error';
export { schemaProblems, type SchemaName } from './schema-validator';
export { presentWeb } from './presenters/web';
export { presentHotline } from './presenters/hotline';
export { presentWindow } from './presenters/window';
export { presentKiosk } from './presenters/kiosk';
export type * from './presenters/payloads';
export { compareProjection, projectionText, type TextMismatch } from './presenters/projection-text';
export { lintGuide, lintGuides } from '../lint/lint-guide';
export { lintKnowledgePoints } from '../lint/lint-knowledge-point';
export { lintBundle, lintBundles } from './inspect-bundle';
export { formatLintReport, countMessages } from '../lint/format-report';
export { RULES, type LintMessage, type LintOptions, type RuleId, type RuleSetting, type Severity } from '../lint/lint-message';
