/**
 * The vocabulary the analyzer is built from: domain words for the jieba dictionary (matter
 * names, colloquial names, handling items, keywords, every synonym), the synonym list itself,
 * and the question texts whose words get pinyin keys. Built from domain objects, so the
 * Strapi wiring passes what it has loaded; order does not matter (sorted, deduplicated).
 */
import type { Bundle, KnowledgePoint, Matter, Synonym } from '../../domain/guide';
import type { SearchDocument } from '../search-document';
import { normalizeText } from './normalize';
import { mandarinize } from './dialect';

export type AnalysisVocabulary = {
  /** Words jieba must keep whole (normalized, simplified). */
  domainWords: string[];
  synonyms: Synonym[];
  /** Short texts (questions, names, keywords) whose words become pinyin-searchable. */
  keyTexts: string[];
};

export type VocabularySources = {
  synonyms: readonly Synonym[];
  matters?: readonly Matter[];
  bundles?: readonly Bundle[];
  knowledgePoints?: readonly KnowledgePoint[];
  /** Search documents already built (what a reindex has at hand); equivalent to the domain objects. */
  documents?: readonly SearchDocument[];
};

const MAX_WORD_LENGTH = 12;

/** Splits a label such as "不动产转移登记（二手房买卖）" into dictionary-ready words. */
export function dictionaryWords(label: string): string[] {
  return mandarinize(normalizeText(label))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2 && word.length <= MAX_WORD_LENGTH);
}

function matterLabels(matter: Matter): string[] {
  return [
    matter.taskName, matter.shortName ?? '', ...matter.colloquialNames,
    ...matter.handlingItems.map((item) => item.name),
  ];
}

function bundleLabels(bundle: Bundle): string[] {
  return [bundle.name, ...bundle.members.map((member) => member.name)];
}

function synonymLabels(synonym: Synonym): string[] {
  return [synonym.canonical, ...synonym.variants];
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Names, colloquial names and keywords of a search document are labels; a knowledge point's question is not. */
function documentLabels(doc: SearchDocument): string[] {
  return doc.type === 'knowledgePoint' ? doc.keywords : [doc.title, ...doc.questions, ...doc.keywords];
}

function documentQuestions(doc: SearchDocument): string[] {
  return doc.type === 'knowledgePoint' ? [doc.title, ...doc.questions] : [];
}

/** Collects the analysis vocabulary from the content an installation holds. */
export function buildAnalysisVocabulary(sources: VocabularySources): AnalysisVocabulary {
  const labels = [
    ...sources.synonyms.flatMap(synonymLabels),
    ...(sources.matters ?? []).flatMap(matterLabels),
    ...(sources.bundles ?? []).flatMap(bundleLabels),
    ...(sources.knowledgePoints ?? []).flatMap((point) => point.keywords),
    ...(sources.documents ?? []).flatMap(documentLabels),
  ];
  const keyTexts = [
    ...labels,
    ...(sources.knowledgePoints ?? []).flatMap((point) => [point.standardQuestion, ...point.similarQuestions]),
    ...(sources.documents ?? []).flatMap(documentQuestions),
  ];
  return {
    domainWords: sortedUnique(labels.flatMap(dictionaryWords)),
    synonyms: [...sources.synonyms],
    keyTexts: sortedUnique(keyTexts),
  };
}
