/**
 * zh-CN → zh-HK: a document's human-readable text in Hong Kong traditional characters (OpenCC
 * cn → hk), field by field from one table. Codes, keys, URLs, phone numbers, numbers and
 * value-set labels stay as they are: labels are localized at publication from labels.ts, and
 * the rest are identifiers. Markdown is converted whole, which is safe: directive names,
 * attribute names and the ASCII values of `material` / `code` are not CJK, so OpenCC leaves
 * them untouched.
 */
import * as OpenCC from 'opencc-js';
import type { DocumentType, DomainDocuments, Matter } from './guide';
import { eachValue, mapAt } from './paths';
import type { JargonTerm } from './publication/context';
import type { Locale } from './value-sets';

const STEP_FIELDS = ['name', 'actor', 'timeLimit', 'note'];
const MATERIAL_FIELDS = [
  'name', 'sourceNote', 'paperSize', 'fillingInstructions', 'acceptanceStandard', 'blankForm.name', 'sampleForm.name',
  'plainNote', 'legalBasis', 'linkedECert', 'remark',
];
const OWNER_FIELDS = ['name', 'backup'];

/** The human-text paths of each document type. */
const TEXT_FIELDS: Record<DocumentType, string[]> = {
  department: ['name', 'shortName'],
  'service-location': ['name', 'town', 'address', 'windowNo', 'hours', 'trafficGuide'],
  matter: [
    'taskName', 'shortName', 'colloquialNames', 'handlingItems.*.name', 'handlingItems.*.note',
    'legalBasis.*.lawName', 'legalBasis.*.docNumber', 'legalBasis.*.article', 'legalBasis.*.clauseText', 'legalBasis.*.issuer',
    'acceptConditions', 'quantityLimit', 'prohibitions', 'legalTimeLimit.note', 'promisedTimeLimit.note', 'specialProcedures',
    'feeBasis', 'feeItems.*.name', 'feeItems.*.standard', 'feeItems.*.basis', 'feeItems.*.reductionBasis', 'feeItems.*.remark',
    ...STEP_FIELDS.flatMap((field) => [`offlineSteps.*.${field}`, `onlineSteps.*.${field}`]),
    'onSiteReason', 'openingHours', 'resultName', 'resultSample.name', 'consult.address', 'complaint.letterAddress',
    ...MATERIAL_FIELDS.map((field) => `materials.*.${field}`),
    'faqs.*.question', 'faqs.*.answer', 'plainSummary', 'plainNotes.*.note', 'beforeYouGo', 'commonMistakes',
    ...OWNER_FIELDS.map((field) => `owners.*.${field}`),
  ],
  bundle: [
    'name', 'summary', 'conditions', 'promisedTimeLimit.note', 'members.*.name', 'materialPlan.*.name', 'materialPlan.*.note',
    'consult.address',
  ],
  'knowledge-point': [
    'standardQuestion', 'similarQuestions', 'answer', 'plainAnswer', 'categoryPath', 'keywords',
    ...OWNER_FIELDS.map((field) => `owner.${field}`),
  ],
  synonym: [],
};

let converter: ((text: string) => string) | undefined;

/** Any human-readable text in Hong Kong traditional characters (the converter loads on first use). */
export function toHongKongText(text: string): string {
  const convert = converter ?? OpenCC.Converter({ from: 'cn', to: 'hk' });
  converter = convert;
  return convert(text);
}

/** A copy of a zh-CN document with its human-readable text in Hong Kong traditional characters. */
export function toHongKong<T extends DocumentType>(type: T, value: DomainDocuments[T]): DomainDocuments[T] {
  let out: unknown = value;
  for (const path of TEXT_FIELDS[type]) out = mapAt(out, path, eachValue(toHongKongText));
  return out as DomainDocuments[T];
}

/** A copy of a zh-CN matter in Hong Kong traditional characters. */
export function toHongKongMatter(matter: Matter): Matter {
  return toHongKong('matter', matter);
}

/** A jargon list in the script of a locale; English guides are not checked for jargon. */
export function jargonForLocale(locale: Locale, jargon: readonly JargonTerm[]): readonly JargonTerm[] | undefined {
  if (locale === 'en') return undefined;
  if (locale === 'zh-HK') return jargon.map((t) => ({ term: toHongKongText(t.term), suggestion: toHongKongText(t.suggestion) }));
  return jargon;
}
