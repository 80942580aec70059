/**
 * The zh-HK sample content: the zh-CN text converted to Hong Kong traditional characters
 * with OpenCC (cn → hk), field by field. Only human-readable text is converted; codes,
 * keys, URLs, numbers and value-set labels stay as they are.
 */
import * as OpenCC from 'opencc-js';
import { eachValue, mapAt } from '../../src/records/paths';
import type { DomainOf, RecordType } from '../../src/records/records';

const TEXT_FIELDS: Record<RecordType, string[]> = {
  department: ['name', 'shortName'],
  'service-location': ['name', 'town', 'address', 'hours', 'trafficGuide'],
  matter: [
    'taskName', 'shortName', 'colloquialNames', 'jointDepts', 'handlingItems.*.name', 'handlingItems.*.note',
    'legalBasis.*.lawName', 'legalBasis.*.docNumber', 'legalBasis.*.article', 'legalBasis.*.clauseText', 'legalBasis.*.issuer',
    'acceptConditions', 'quantityLimit', 'prohibitions', 'legalTimeLimit.note', 'promisedTimeLimit.note',
    'specialProcedures', 'feeBasis', 'feeItems.*.name', 'feeItems.*.standard', 'feeItems.*.basis',
    'feeItems.*.reductionBasis', 'feeItems.*.remark',
    ...['offlineSteps', 'onlineSteps'].flatMap((steps) => ['name', 'actor', 'timeLimit', 'note'].map((field) => `${steps}.*.${field}`)),
    'onSiteReason', 'openingHours', 'resultName', 'consult.address', 'consult.wechat', 'complaint.letterAddress',
    ...['name', 'sourceNote', 'fillingInstructions', 'acceptanceStandard', 'plainNote', 'legalBasis', 'linkedECert', 'remark']
      .map((field) => `materials.*.${field}`),
    'faqs.*.question', 'faqs.*.answer', 'plainSummary', 'plainNotes.*.note', 'beforeYouGo', 'commonMistakes',
  ],
  bundle: ['name', 'summary', 'conditions', 'promisedTimeLimit.note', 'members.*.name', 'materialPlan.*.name', 'materialPlan.*.note', 'consult.address', 'consult.wechat'],
  'knowledge-point': ['standardQuestion', 'similarQuestions', 'answer', 'plainAnswer', 'categoryPath', 'keywords'],
  synonym: [],
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** A copy of a zh-CN sample document with its human text in Hong Kong traditional characters. */
export function toHongKong<T extends RecordType>(type: T, value: DomainOf[T]): DomainOf[T] {
  let out: unknown = value;
  for (const path of TEXT_FIELDS[type]) out = mapAt(out, path, eachValue(toTraditional));
  return out as DomainOf[T];
}
