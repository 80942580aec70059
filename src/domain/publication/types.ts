/**
 * The Publication: everything a reader of a guide sees, resolved, ordered and localized,
 * frozen and hashed. Every visible element is a `Line` (one line of runs) or a `Passage`
 * (blocks) carrying its own element id, so a presenter marks each element it shows with that
 * id and a test can compare the text of every channel with the Publication, element by element.
 * Kinds: a matter's guide, a knowledge point, a bundle (一件事).
 * Schema: content-schemas/publication.schema.json.
 */
import type { Block, Inline } from '../../markdown/rich-text';
import type { AppliesWhen } from '../guide';
import type { GuideElement, Locale } from '../value-sets';

/** One visible line. */
export type Line = { id: string; runs: Inline[] };
/** Visible text of paragraphs and lists (a Markdown field). */
export type Passage = { id: string; blocks: Block[] };
/** A value-set label; `code` is its storage code (value-codes.ts) for machines. */
export type LabelLine = Line & { code: string };
/** Several labels shown together. */
export type LabelsLine = Line & { codes: string[] };

export type MaterialEntry = {
  key: string;
  sharedKey?: string;
  copiesOriginal: number;
  copiesCopy: number;
  appliesWhen: AppliesWhen[];
  name: Line;
  necessity: LabelLine;
  materialType?: LabelLine;
  form?: LabelLine;
  copies?: Line;
  submission?: LabelLine;
  source?: LabelLine;
  sourceNote?: Line;
  eCertificate?: Line;
  paperSize?: Line;
  fillingInstructions?: Passage;
  acceptanceStandard?: Line;
  plainNote?: Line;
  sample?: Line;
  blank?: Line;
  tolerance?: Line;
  legalBasis?: Line;
  remark?: Line;
};

export type TimeLimitEntry = { value: number; unit: string; text: Line; note?: Line };

export type FeeEntry = {
  amountYuan?: number;
  name: Line;
  standard: Line;
  basis?: Line;
  reduction?: Line;
  remark?: Line;
};

export type StepEntry = { name: Line; actor?: Line; timeLimit?: Line; note?: Passage };

export type LocationEntry = {
  code: string;
  latitude?: number;
  longitude?: number;
  kind: LabelLine;
  name: Line;
  town: Line;
  address: Line;
  windowNo?: Line;
  phone?: Line;
  hours: Line;
  trafficGuide?: Line;
};

export type FaqEntry = { question: Line; answer: Passage };

export type PlainNoteEntry = { element: GuideElement; note: Line };

/** Fields every Publication carries for delivery and audit. */
type Envelope = {
  code: string;
  locale: Locale;
  rendererVersion: string;
  /** sha256 (hex) of the canonical JSON of the Publication without this field. */
  contentHash: string;
};

export type MatterPublication = Envelope & {
  kind: 'matter';
  taskCode: string;
  catalogCode: string;
  localTaskCode?: string;
  taskVersion: number;
  state: LabelLine;
  title: Line;
  shortName?: Line;
  colloquialNames: Line[];
  taskType: LabelLine;
  serviceObjects: LabelsLine;
  department: { code: string; name: Line };
  jointDepartments: Line[];
  handlingItems: { code: string; name: Line; note?: Line }[];
  legalBasis: Line[];
  plainSummary: Line;
  plainNotes: PlainNoteEntry[];
  conditions: { accept: Passage; quantityLimit?: Line; prohibitions?: Line };
  materials: MaterialEntry[];
  timeLimits: { legal: TimeLimitEntry; promised: TimeLimitEntry; specialProcedures: Line };
  fees: { isCharged: boolean; onlinePayment: boolean; charged: Line; basis?: Line; items: FeeEntry[]; payment: Line };
  steps: { offline: StepEntry[]; online: StepEntry[] };
  handling: {
    onSiteVisits: number;
    isOnline: boolean;
    modes: LabelsLine;
    visits: Line;
    onSiteReason: Line;
    online: Line;
    onlineUrl?: Line;
    mobileUrl?: Line;
    booking?: Line;
    courier: Line;
  };
  locations: LocationEntry[];
  openingHours: Line;
  result: { type: LabelLine; name?: Line; sample?: Line; delivery: LabelsLine };
  contact: {
    consultPhone: Line;
    consultOnline?: Line;
    consultEmail?: Line;
    consultWechat?: Line;
    consultAddress?: Line;
    complaintPhone: Line;
    complaintOnline?: Line;
    complaintEmail?: Line;
    complaintLetter?: Line;
  };
  faqs: FaqEntry[];
  beforeYouGo: Line[];
  commonMistakes: Line[];
};

export type KnowledgePointPublication = Envelope & {
  kind: 'knowledge-point';
  version: number;
  effectiveFrom: string;
  effectiveTo?: string;
  keywords: string[];
  sourceElement?: string;
  bundle?: string;
  question: Line;
  similarQuestions: Line[];
  answer: Passage;
  plainAnswer?: Line;
  knowledgeKind: LabelLine;
  categoryPath: Line;
  department: { code: string; name: Line };
  matter?: { code: string; title: Line };
};

/** A department named in a Publication: its code for machines, its name for readers. */
export type DepartmentEntry = { code: string; name: Line };

/** One member (成员事项) of a bundle, in the order it is handled. */
export type BundleMemberEntry = {
  order: number;
  /** Orders of the members that must finish first. */
  dependsOn: number[];
  optional: boolean;
  /** Matter.code when the member is one of our matters. */
  matter?: string;
  name: Line;
  department: DepartmentEntry;
  /** The dependencies in words: "在「出生医学证明签发」之后办理". */
  after?: Line;
  /** Shown for an optional member: "自愿选择办理". */
  optionalNote?: Line;
  /** A link to the member matter's own guide. */
  guide?: Line;
};

/** One material of a bundle's de-duplicated plan (一套材料): collected once for every member. */
export type PlannedMaterialEntry = {
  sharedKey: string;
  /** Orders of the members that use it. */
  usedBy: number[];
  /** Order of the member that produces it (前序事项生成). */
  generatedBy?: number;
  name: Line;
  /** Who provides it; the code is the storage code of 提供方式. */
  providedBy: LabelLine;
  /** The members that use it, in words; absent when none does. */
  usedIn?: Line;
  note?: Line;
};

export type BundlePublication = Envelope & {
  kind: 'bundle';
  name: Line;
  summary: Passage;
  conditions: Passage;
  leadDepartment: DepartmentEntry;
  coDepartments: DepartmentEntry[];
  timeLimits: { promised: TimeLimitEntry };
  members: BundleMemberEntry[];
  materialPlan: PlannedMaterialEntry[];
  onlineUrl?: Line;
  locations: LocationEntry[];
  contact: {
    consultPhone: Line;
    consultOnline?: Line;
    consultEmail?: Line;
    consultWechat?: Line;
    consultAddress?: Line;
  };
};

export type Publication = MatterPublication | KnowledgePointPublication | BundlePublication;
