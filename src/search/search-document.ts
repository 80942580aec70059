/**
 * What both search engines index: one flat document per knowledge point, matter or bundle and
 * locale. Display fields keep the editor's text (traditional characters in zh-HK); the
 * engines derive their analysed terms from them, so a document is engine-neutral.
 */

/** The kinds of content the hotline search returns. */
export const SEARCH_DOC_TYPES = ['knowledgePoint', 'matter', 'bundle'] as const;
export type SearchDocType = (typeof SEARCH_DOC_TYPES)[number];

/** Order of types when relevance ties or the query is empty: knowledge points, bundles, matters. */
export const TYPE_RANK: Record<SearchDocType, number> = { knowledgePoint: 0, bundle: 1, matter: 2 };

/** Publication state of the indexed version; only `published` is served by default. */
export const SEARCH_STATUSES = ['published', 'suspended', 'revoked'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

export type SearchDocument = {
  id: string;                 // `${type}-${documentId}-${locale}`
  type: SearchDocType;
  documentId: string;
  code: string;               // KP-M01-FEE, M01, B1
  locale: string;
  title: string;              // standard question, matter name or bundle name
  questions: string[];        // similar questions, colloquial names, member names
  keywords: string[];
  body: string;               // plain text of the answer or guide elements
  categoryPath?: string;
  matterCode?: string;
  matterName?: string;
  matterDocumentId?: string;
  bundleCode?: string;
  bundleName?: string;
  departmentCode: string;
  departmentName: string;
  kind: string;               // knowledge kind (办事指南…), matter task type, or 一件事
  version: number;
  contentHash: string;
  effectiveFrom: string;      // ISO datetime
  effectiveTo?: string;
  status: SearchStatus;
};

/** The stable id of a search document: type, Strapi documentId and locale. */
export function searchDocumentId(type: SearchDocType, documentId: string, locale: string): string {
  return `${type}-${documentId}-${locale}`;
}

/** Key that collapses several indexed versions of one item (distinct): type, code and locale. */
export function distinctKeyOf(doc: Pick<SearchDocument, 'type' | 'code' | 'locale'>): string {
  return `${doc.type}:${doc.code}:${doc.locale}`;
}
