/**
 * Converts between domain objects (src/domain/guide.ts) and the records Strapi stores:
 * labels ↔ storage codes, codes of related documents ↔ document ids, assets ↔ file ids.
 * Reading a record back gives the domain object it was written from (tested both ways).
 */
import type { Asset, DocumentType, DomainDocuments } from '../domain/guide';
import { eachValue, mapAt } from '../domain/paths';
import { toCode, toLabel, type ValueSetName } from '../domain/value-codes';
import { stripStorage } from './strip-storage';
import { VALUE_FIELDS } from './value-fields';

export type RecordType = DocumentType;
export type DomainOf = DomainDocuments;

type RelatedType = 'department' | 'service-location' | 'matter' | 'bundle';

/** Resolves what a record points at while writing it. */
export type RecordRefs = {
  documentIdOf(type: RelatedType, code: string): string;
  fileIdOf(asset: Asset): number;
};

const RELATIONS: Partial<Record<RecordType, Record<string, RelatedType>>> = {
  matter: { department: 'department', locations: 'service-location' },
  bundle: { leadDepartment: 'department', locations: 'service-location' },
  'knowledge-point': { matter: 'matter', bundle: 'bundle', department: 'department' },
};

const ASSETS: Partial<Record<RecordType, string[]>> = {
  matter: ['resultSample', 'materials.*.blankForm', 'materials.*.sampleForm'],
};

/** List fields of the domain that an empty or unset stored value reads back as `[]`. */
const LISTS: Partial<Record<RecordType, string[]>> = {
  matter: [
    'colloquialNames', 'useLevels', 'serviceObjects', 'handlingItems', 'legalBasis', 'feeItems', 'offlineSteps', 'onlineSteps',
    'handlingModes', 'locations', 'resultDelivery', 'materials', 'faqs', 'plainNotes', 'beforeYouGo', 'commonMistakes', 'owners',
  ],
  bundle: ['coDepartments', 'members', 'materialPlan', 'locations'],
  'knowledge-point': ['similarQuestions', 'keywords'],
  synonym: ['variants'],
};

function withLists(type: RecordType, value: Record<string, unknown>): Record<string, unknown> {
  const out = { ...value };
  for (const field of LISTS[type] ?? []) if (!Array.isArray(out[field])) out[field] = [];
  return out;
}

/** Bundle fields whose stored names differ (a plain code is not a relation in the admin). */
const BUNDLE_RENAMES: [string, string][] = [['coDepartments', 'coDepartmentCodes']];
const MEMBER_RENAMES: [string, string][] = [['matter', 'matterCode'], ['department', 'departmentCode']];

function rename(data: Record<string, unknown>, pairs: [string, string][], forward: boolean): Record<string, unknown> {
  const out = { ...data };
  for (const [domain, stored] of pairs) {
    const [from, to] = forward ? [domain, stored] : [stored, domain];
    if (from in out) {
      out[to] = out[from];
      delete out[from];
    }
  }
  return out;
}

function renameBundle(data: Record<string, unknown>, forward: boolean): Record<string, unknown> {
  const out = rename(data, BUNDLE_RENAMES, forward);
  if (Array.isArray(out.members)) {
    out.members = out.members.map((member: Record<string, unknown>) => rename(member, MEMBER_RENAMES, forward));
  }
  return out;
}

function mapValueSets(type: RecordType, data: unknown, fn: (set: ValueSetName, value: string) => string): unknown {
  let out = data;
  for (const [path, set] of Object.entries(VALUE_FIELDS[type] ?? {})) {
    out = mapAt(out, path, eachValue((value) => fn(set, value)));
  }
  return out;
}

/** The Strapi `data` for a domain object. */
export function toRecord<T extends RecordType>(type: T, value: DomainOf[T], refs: RecordRefs): Record<string, unknown> {
  let out: unknown = mapValueSets(type, value, (set, label) => toCode(set, label as never));
  for (const [path, related] of Object.entries(RELATIONS[type] ?? {}) as [string, RelatedType][]) {
    out = mapAt(out, path, eachValue((code) => refs.documentIdOf(related, code)));
  }
  for (const path of ASSETS[type] ?? []) {
    out = mapAt(out, path, (asset) => refs.fileIdOf(asset as Asset));
  }
  const record = out as Record<string, unknown>;
  return type === 'bundle' ? renameBundle(record, true) : record;
}

function codeOf(related: unknown): string {
  return String((related as { code: unknown }).code);
}

function assetOf(file: unknown): Asset {
  const { name, url, mime } = file as Asset;
  return { name, url, mime };
}

/** The domain object for a fully populated Strapi record. */
export function fromRecord<T extends RecordType>(type: T, record: Record<string, unknown>): DomainOf[T] {
  let out: unknown = type === 'bundle' ? renameBundle(record, false) : record;
  for (const path of ASSETS[type] ?? []) out = mapAt(out, path, assetOf);
  for (const path of Object.keys(RELATIONS[type] ?? {})) {
    out = mapAt(out, path, (related) => (Array.isArray(related) ? related.map(codeOf) : codeOf(related)));
  }
  out = mapValueSets(type, out, (set, code) => toLabel(set, code) as string);
  return withLists(type, stripStorage(out) as Record<string, unknown>) as DomainOf[T];
}
