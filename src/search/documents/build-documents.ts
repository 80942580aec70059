/**
 * Pure builders of search documents from the domain objects plus release metadata (the
 * Strapi documentId, version and content hash the wiring takes from the Release).
 */
import type { Bundle, Department, KnowledgePoint, Matter } from '../../domain/guide';
import { searchDocumentId, type SearchDocument, type SearchStatus } from '../search-document';
import { plainTextOf } from './plain-text';

/** Release metadata of the indexed version. */
export type SearchDocumentMeta = {
  documentId: string;
  locale: string;
  contentHash: string;
  /** Defaults to the knowledge point's own version; required in effect for matters and bundles. */
  version?: number;
  effectiveFrom?: string;
  effectiveTo?: string;
  status?: SearchStatus;
  matterDocumentId?: string;
};

/** Related content in the same locale, by code. */
export type SearchBuildContext = {
  departments: ReadonlyMap<string, Department>;
  matters?: ReadonlyMap<string, Matter>;
  bundles?: ReadonlyMap<string, Bundle>;
};

/** Without a release date, a matter or bundle counts as valid from the start. */
const ALWAYS = '1970-01-01T00:00:00.000Z';

const MATTER_STATUS: Record<Matter['taskState'], SearchStatus> = { 在用: 'published', 暂停: 'suspended', 已取消: 'revoked' };

/** Indexes a list of coded items by code, for a build context. */
export function byCode<T extends { code: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.code, item]));
}

function departmentOf(code: string, context: SearchBuildContext): Pick<SearchDocument, 'departmentCode' | 'departmentName'> {
  const department = context.departments.get(code);
  if (!department) throw new Error(`Department ${code} is not in the search build context`);
  return { departmentCode: code, departmentName: department.name };
}

function joinText(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((part): part is string => part !== undefined && part.trim() !== '').join('\n');
}

/** A knowledge point: question and similar questions, keywords, the answer, its matter. */
export function knowledgePointSearchDocument(point: KnowledgePoint, meta: SearchDocumentMeta, context: SearchBuildContext): SearchDocument {
  const matter = point.matter === undefined ? undefined : context.matters?.get(point.matter);
  const bundle = point.bundle === undefined ? undefined : context.bundles?.get(point.bundle);
  return {
    id: searchDocumentId('knowledgePoint', meta.documentId, meta.locale),
    type: 'knowledgePoint',
    documentId: meta.documentId,
    code: point.code,
    locale: meta.locale,
    title: point.standardQuestion,
    questions: [...point.similarQuestions],
    keywords: [...point.keywords],
    body: joinText([plainTextOf(point.answer), point.plainAnswer]),
    categoryPath: point.categoryPath,
    matterCode: point.matter,
    matterName: matter?.taskName,
    matterDocumentId: meta.matterDocumentId,
    bundleCode: point.bundle,
    bundleName: bundle?.name,
    ...departmentOf(point.department, context),
    kind: point.kind,
    version: meta.version ?? point.version,
    contentHash: meta.contentHash,
    effectiveFrom: meta.effectiveFrom ?? point.effectiveFrom,
    effectiveTo: meta.effectiveTo ?? point.effectiveTo,
    status: meta.status ?? 'published',
  };
}

/** A matter: name, colloquial names, handling items, conditions, materials, plain summary. */
export function matterSearchDocument(matter: Matter, meta: SearchDocumentMeta, context: SearchBuildContext): SearchDocument {
  const materials = matter.materials.map((m) => joinText([m.name, m.plainNote]));
  return {
    id: searchDocumentId('matter', meta.documentId, meta.locale),
    type: 'matter',
    documentId: meta.documentId,
    code: matter.code,
    locale: meta.locale,
    title: matter.taskName,
    questions: [...(matter.shortName ? [matter.shortName] : []), ...matter.colloquialNames],
    keywords: matter.handlingItems.map((item) => item.name),
    body: joinText([matter.plainSummary, plainTextOf(matter.acceptConditions), ...materials]),
    matterCode: matter.code,
    matterName: matter.taskName,
    matterDocumentId: meta.documentId,
    ...departmentOf(matter.department, context),
    kind: matter.taskType,
    version: meta.version ?? matter.taskVersion,
    contentHash: meta.contentHash,
    effectiveFrom: meta.effectiveFrom ?? ALWAYS,
    effectiveTo: meta.effectiveTo,
    status: meta.status ?? MATTER_STATUS[matter.taskState],
  };
}

/** A bundle (一件事): name, member matters, summary, conditions, planned materials. */
export function bundleSearchDocument(bundle: Bundle, meta: SearchDocumentMeta, context: SearchBuildContext): SearchDocument {
  return {
    id: searchDocumentId('bundle', meta.documentId, meta.locale),
    type: 'bundle',
    documentId: meta.documentId,
    code: bundle.code,
    locale: meta.locale,
    title: bundle.name,
    questions: bundle.members.map((member) => member.name),
    keywords: [],
    body: joinText([plainTextOf(bundle.summary), plainTextOf(bundle.conditions), ...bundle.materialPlan.map((m) => m.name)]),
    bundleCode: bundle.code,
    bundleName: bundle.name,
    ...departmentOf(bundle.leadDepartment, context),
    kind: '一件事',
    version: meta.version ?? 1,
    contentHash: meta.contentHash,
    effectiveFrom: meta.effectiveFrom ?? ALWAYS,
    effectiveTo: meta.effectiveTo,
    status: meta.status ?? 'published',
  };
}
