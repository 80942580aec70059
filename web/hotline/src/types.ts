/** What the console's APIs answer (the search contract, and the hotline API's views). */
export type { AnswerView, MatterView, SubjectSummary, ServedStatus } from '../../../src/hotline/answer-view';
export type { ScriptLine, ScriptSection, Segment } from '../../../src/domain/publication/presenters/payloads';
export type { Measures, UnansweredQuery } from '../../../src/hotline/measures-store';

export type Locale = 'zh-CN' | 'zh-HK' | 'en';
export type SubjectType = 'knowledgePoint' | 'matter' | 'bundle';
export type SearchStatus = 'inForce' | 'notYetInForce' | 'expired' | 'revoked';

/** One hit of GET /api/search. `snippet` is HTML-escaped text with <mark> around matches. */
export type SearchHit = {
  id: string;
  type: SubjectType;
  code: string;
  documentId: string;
  locale: Locale;
  title: string;
  /** The title with matched terms in <mark> (HTML-escaped otherwise), when the server gives it. */
  titleHtml?: string;
  snippet: string;
  version: number;
  contentHash: string;
  effectiveFrom: string;
  effectiveTo?: string | null;
  status: SearchStatus;
  matter: { code: string; name: string } | null;
  department: { code: string; name: string } | null;
  bundle?: { code: string; name: string | null } | null;
  kind: string;
};

export type Facets = { department: Record<string, number>; kind: Record<string, number>; type: Record<string, number> };

export type SearchResponse = { data: SearchHit[]; meta: { total: number; tookMs: number; facets: Facets; searchId: string } };

export type Filters = { dept: string; kind: string; locale: Locale };

export type SessionInfo = { username: string; role: { type: string; name: string } | null; canSeeReport: boolean };

export type FeedbackCategory = 'wrong' | 'outdated' | 'unclear' | 'missing';

export type FeedbackReceipt = {
  documentId: string;
  state: string;
  subjectCode: string;
  ownerName: string | null;
  routingRule: string;
  dueAt: string;
};

export type FeedbackItem = FeedbackReceipt & {
  category: FeedbackCategory;
  subjectType: SubjectType;
  subjectTitle: string | null;
  comment: string;
  callerQuestion: string | null;
  departmentCode: string | null;
  ownerRole: string | null;
  createdAt: string;
  version: number | null;
  contentHash: string | null;
};
