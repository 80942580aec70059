/**
 * buildBundlePublication: bundle (一件事) + locale + context → a frozen, validated, hashed
 * Publication, or the lint errors that stop it. Pure and deterministic, like buildPublication:
 * lint → compile texts → assemble → seal.
 */
import { isSafeUrl } from '../../markdown/safe-url';
import type { Bundle } from '../guide';
import type { ParsedText } from '../lint/lint-guide';
import type { Locale } from '../value-sets';
import { type BundleState, buildMaterialPlan, buildMembers, departmentEntry } from './build-bundle-members';
import { type BuildResult, failureOf } from './build-result';
import { bundleIds } from './bundle-fields';
import { bundlePhrasesOf } from './bundle-phrases';
import { type GuideContext, indexOf } from './context';
import { inspectBundle } from './inspect-bundle';
import { compact, line, linkLine, optionalLine } from './lines';
import { directiveResolver, passageOf } from './resolve-directives';
import { RENDERER_VERSION, seal } from './seal';
import { locationEntry, timeLimitEntry, webLine } from './shared-entries';
import type { BundlePublication, Line, Passage } from './types';

/** Build the Publication of a bundle in one locale. */
export function buildBundlePublication(bundle: Bundle, locale: Locale, context: GuideContext): BuildResult<BundlePublication> {
  const { messages, texts } = inspectBundle(bundle, context, locale);
  const failure = failureOf(messages);
  if (failure) return failure;
  const state: BundleState = {
    bundle,
    locale,
    context,
    words: bundlePhrasesOf(locale),
    passages: compileTexts(context, texts),
    names: new Map(bundle.members.map((member) => [member.order, member.name])),
  };
  const publication = seal<BundlePublication>('publication', assemble(state));
  return { ok: true, publication, warnings: messages };
}

function compileTexts(context: GuideContext, texts: readonly ParsedText[]): Map<string, Passage> {
  const resolve = directiveResolver(undefined, context);
  return new Map(texts.map((text) => [text.element, passageOf(text.element, text.tree, text.source, resolve)]));
}

function passage(state: BundleState, id: string): Passage {
  const found = state.passages.get(id);
  if (!found) throw new Error(`Bundle text ${id} of ${state.bundle.code} was not compiled`);
  return found;
}

function assemble(state: BundleState): Omit<BundlePublication, 'contentHash'> {
  const { bundle, locale } = state;
  const locations = indexOf(state.context).locations;
  return compact({
    kind: 'bundle' as const,
    code: bundle.code,
    locale,
    rendererVersion: RENDERER_VERSION,
    name: line('name', bundle.name),
    summary: passage(state, 'summary'),
    conditions: passage(state, 'conditions'),
    leadDepartment: departmentEntry('leadDepartment.name', bundle.leadDepartment, state),
    coDepartments: bundle.coDepartments.map((code, i) => departmentEntry(bundleIds.coDepartment(i + 1), code, state)),
    timeLimits: { promised: timeLimitEntry('timeLimits.promised', bundle.promisedTimeLimit, locale) },
    members: buildMembers(state),
    materialPlan: buildMaterialPlan(state),
    onlineUrl: onlineLine(bundle.onlineUrl),
    locations: bundle.locations.map((code) => {
      const location = locations.get(code);
      if (!location) throw new Error(`Location ${code} of ${bundle.code} is not in the context`);
      return locationEntry(location, locale);
    }),
    contact: contact(bundle),
  });
}

function onlineLine(url: string | undefined): Line | undefined {
  if (url === undefined || url.trim() === '' || !isSafeUrl(url)) return undefined;
  return linkLine('onlineUrl', url, url, 'online');
}

function contact(bundle: Bundle): BundlePublication['contact'] {
  const { consult } = bundle;
  return compact({
    consultPhone: line('contact.consultPhone', consult.phone),
    consultOnline: webLine('contact.consultOnline', consult.online),
    consultEmail: optionalLine('contact.consultEmail', consult.email),
    consultWechat: optionalLine('contact.consultWechat', consult.wechat),
    consultAddress: optionalLine('contact.consultAddress', consult.address),
  });
}
