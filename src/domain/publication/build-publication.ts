/**
 * buildPublication: matter + locale + context → a frozen, validated, hashed Publication, or the
 * lint errors that stop it. Pure and deterministic: lint → compile texts → assemble → seal.
 */
import type { Matter } from '../guide';
import { type ParsedText, inspectMatter } from '../lint/lint-guide';
import type { Locale } from '../value-sets';
import { buildMaterials } from './build-materials';
import { buildPlaces } from './build-places';
import { buildProcess } from './build-process';
import { type BuildResult, failureOf } from './build-result';
import type { BuildState } from './build-state';
import { passage } from './build-state';
import type { GuideContext } from './context';
import { ids, sortedFaqs } from './guide-fields';
import { compact, labelLine, labelsLine, line, optionalLine } from './lines';
import { phrasesOf } from './phrases';
import { directiveResolver, passageOf } from './resolve-directives';
import { RENDERER_VERSION, seal } from './seal';
import type { MatterPublication, Passage } from './types';

/** Build the Publication of a matter's guide in one locale. */
export function buildPublication(matter: Matter, locale: Locale, context: GuideContext): BuildResult<MatterPublication> {
  const { messages, texts } = inspectMatter(matter, context, locale);
  const failure = failureOf(messages);
  if (failure) return failure;
  const state: BuildState = { matter, locale, context, phrases: phrasesOf(locale), passages: compileTexts(matter, context, texts) };
  const publication = seal<MatterPublication>('publication', assemble(state));
  return { ok: true, publication, warnings: messages };
}

function compileTexts(matter: Matter, context: GuideContext, texts: readonly ParsedText[]): Map<string, Passage> {
  const resolve = directiveResolver(matter, context);
  return new Map(texts.map((text) => [text.element, passageOf(text.element, text.tree, text.source, resolve)]));
}

function assemble(state: BuildState): Omit<MatterPublication, 'contentHash'> {
  const { matter } = state;
  return compact({
    ...identity(state),
    plainSummary: line('plainSummary', matter.plainSummary),
    plainNotes: matter.plainNotes.map((note) => ({ element: note.element, note: line(`plainNotes.${note.element}`, note.note) })),
    conditions: compact({
      accept: passage(state, 'acceptConditions'),
      quantityLimit: optionalLine('conditions.quantityLimit', matter.quantityLimit),
      prohibitions: optionalLine('conditions.prohibitions', matter.prohibitions),
    }),
    materials: buildMaterials(state),
    ...buildProcess(state),
    ...buildPlaces(state),
    openingHours: line('openingHours', matter.openingHours),
    faqs: sortedFaqs(matter).map((faq, i) => ({
      question: line(ids.faq(i + 1, 'question'), faq.question),
      answer: passage(state, ids.faq(i + 1, 'answer')),
    })),
    beforeYouGo: matter.beforeYouGo.map((tip, i) => line(ids.item('beforeYouGo', i + 1), tip)),
    commonMistakes: matter.commonMistakes.map((tip, i) => line(ids.item('commonMistakes', i + 1), tip)),
  });
}

/** Codes, name, classification, handling items and legal basis. */
function identity(state: BuildState) {
  const { matter, locale, phrases } = state;
  return compact({
    kind: 'matter' as const,
    code: matter.code,
    locale,
    rendererVersion: RENDERER_VERSION,
    taskCode: matter.taskCode,
    catalogCode: matter.catalogCode,
    localTaskCode: matter.localTaskCode,
    taskVersion: matter.taskVersion,
    state: labelLine('state', 'TASK_STATES', matter.taskState, locale),
    title: line('title', matter.taskName),
    shortName: optionalLine('shortName', matter.shortName),
    colloquialNames: matter.colloquialNames.map((name, i) => line(ids.item('colloquialNames', i + 1), name)),
    taskType: labelLine('taskType', 'TASK_TYPES', matter.taskType, locale),
    serviceObjects: labelsLine('serviceObjects', 'SERVICE_OBJECTS', matter.serviceObjects, locale, phrases.listSeparator),
    handlingItems: matter.handlingItems.map((item, i) => compact({
      code: item.code,
      name: line(`handlingItems.${i + 1}.name`, item.name),
      note: optionalLine(`handlingItems.${i + 1}.note`, item.note),
    })),
    legalBasis: matter.legalBasis.map((citation, i) => line(ids.item('legalBasis', i + 1), phrases.citation(citation))),
  });
}
