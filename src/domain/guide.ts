/**
 * The service-guide domain (办事指南) as plain data: what an editor keeps, independent of
 * Strapi. Field names follow the element table of the national implementation list and
 * are the attribute names of the Strapi content types, so mapping is a copy.
 *
 * Text fields marked `Markdown` are written in the guide dialect (see content-schemas/README.md):
 * `:term[不动产权证书]{plain="就是常说的房产证"}` adds a plain-language note,
 * `:sample[…]{material="key"}` / `:blank[…]{material="key"}` link a material's sample or blank
 * form, `:location[…]{code="…"}` links a service location.
 */
import type {
  DeptNature, GuideElement, HandlingMode, KnowledgeKind, LocationKind, MaterialForm,
  MaterialNecessity, MaterialType, OnlineDepth, OwnerRole, PowerSource, ProjectType,
  ProvidedBy, ResultDelivery, ResultType, ReviewType, ServiceObject, SourceChannel,
  SubmissionForm, SynonymCategory, TaskState, TaskType, TimeUnit, UseLevel,
} from './value-sets';

/** Markdown in the guide dialect. */
export type Markdown = string;

/** A file an editor uploaded (blank form, sample form, result sample). */
export type Asset = {
  name: string;
  url: string;
  mime: string;
};

export type Department = {
  code: string;            // stable short code, e.g. "DG-GA" (市公安局)
  name: string;
  shortName?: string;
  creditCode: string;      // 统一社会信用代码, 18 characters
  phone?: string;          // consultation phone with area code, e.g. "0769-22223333"
  complaintPhone?: string;
  website?: string;
};

export type ServiceLocation = {
  code: string;            // stable, e.g. "LOC-SMFWZX"
  name: string;
  kind: LocationKind;
  town: string;            // 镇街, e.g. "南城街道"
  townCode?: string;
  address: string;
  windowNo?: string;
  phone?: string;
  hours: string;           // 办理时间, human-readable
  trafficGuide?: string;
  latitude?: number;
  longitude?: number;
};

export type LegalCitation = {
  lawName: string;
  docNumber?: string;
  article?: string;
  clauseText?: string;
  issuer?: string;
  effectiveDate?: string;  // ISO date
};

export type TimeLimit = {
  value: number;           // 0 when unit is 即办
  unit: TimeUnit;
  note?: string;
};

export type FeeItem = {
  name: string;
  standard: string;        // 收费标准, e.g. "每证40元"
  amountYuan?: number;     // the figure in the standard, for reading out and checks
  basis?: string;
  reducible?: boolean;
  reductionBasis?: string;
  order: number;
  remark?: string;
};

export type ProcessStep = {
  order: number;
  name: string;            // 受理 / 审核 / 决定 / 办结 / 送达 …
  actor?: string;
  timeLimit?: string;
  note?: Markdown;
};

export type HandlingItem = {
  code: string;            // 业务办理项编码 suffix, e.g. "01"
  name: string;            // 有效期满换领
  note?: string;
};

/** A predicate over scenario facts, e.g. { fact: "reason", equals: "lost" }. */
export type AppliesWhen = { fact: string; equals: string | number | boolean };

export type Material = {
  key: string;             // stable within the matter, referenced by :sample / :blank
  name: string;
  order: number;
  necessity: MaterialNecessity;
  materialType?: MaterialType;
  form?: MaterialForm;
  submission?: SubmissionForm;
  sourceChannel?: SourceChannel;
  sourceNote?: string;
  copiesOriginal?: number;
  copiesCopy?: number;
  paperSize?: string;
  fillingInstructions?: Markdown;
  acceptanceStandard?: string;
  blankForm?: Asset;
  sampleForm?: Asset;
  plainNote?: string;      // 白话版: what this material is, in everyday words
  legalBasis?: string;
  exempt?: boolean;
  linkedECert?: string;
  remark?: string;
  appliesWhen?: AppliesWhen[];
  sharedKey?: string;      // canonical id for bundle de-duplication, e.g. "resident-id-card"
  toleranceDays?: number;  // for 容缺后补: days allowed to supply it later
};

export type Faq = { question: string; answer: Markdown; order: number };

export type PlainNote = { element: GuideElement; note: string };

export type Owner = {
  role: OwnerRole;
  name: string;
  phone: string;
  email?: string;
  backup?: string;
};

export type ConsultChannel = { phone: string; online?: string; email?: string; wechat?: string; address?: string };
export type ComplaintChannel = { phone: string; online?: string; email?: string; letterAddress?: string };

/** 事项 — one implementation item with its full guide. */
export type Matter = {
  code: string;                    // our stable code, e.g. "M01"; unique
  taskName: string;
  shortName?: string;
  colloquialNames: string[];       // 日常用语
  catalogCode: string;
  taskCode: string;
  localTaskCode?: string;
  taskVersion: number;
  taskState: TaskState;
  taskType: TaskType;
  powerSource: PowerSource;
  useLevels: UseLevel[];
  projectType: ProjectType;
  reviewType: ReviewType;
  serviceObjects: ServiceObject[];
  department: string;              // Department.code
  deptNature: DeptNature;
  jointDepts?: string[];
  handlingItems: HandlingItem[];
  legalBasis: LegalCitation[];
  acceptConditions: Markdown;
  quantityLimit?: string;
  prohibitions?: string;
  legalTimeLimit: TimeLimit;
  promisedTimeLimit: TimeLimit;
  specialProcedures: string;       // "无" when none
  isCharged: boolean;
  feeBasis?: string;
  feeItems: FeeItem[];
  onlinePayment: boolean;
  offlineSteps: ProcessStep[];
  onlineSteps: ProcessStep[];
  handlingModes: HandlingMode[];
  onSiteVisits: number;
  onSiteReason: string;            // "无" when visits = 0
  isOnline: boolean;
  onlineDepth?: OnlineDepth;
  onlineUrl?: string;
  mobileUrl?: string;
  inServiceHall: boolean;
  courier: boolean;
  bookable: boolean;
  bookingUrl?: string;
  locations: string[];             // ServiceLocation.code
  openingHours: string;
  resultType: ResultType;
  resultName?: string;
  resultSample?: Asset;
  resultDelivery: ResultDelivery[];
  consult: ConsultChannel;
  complaint: ComplaintChannel;
  materials: Material[];
  faqs: Faq[];
  plainSummary: string;            // 白话版 summary: the guide in three sentences
  plainNotes: PlainNote[];
  beforeYouGo: string[];           // 办前准备提示
  commonMistakes: string[];
  owners: Owner[];
  highFrequency: boolean;          // 高频事项: jargon must carry plain notes
};

export type BundleMember = {
  order: number;
  name: string;
  matter?: string;                 // Matter.code when the member is one of our matters
  department: string;              // Department.code
  dependsOn: number[];             // orders of members that must finish first
  optional?: boolean;
};

export type PlannedMaterial = {
  sharedKey: string;
  name: string;
  usedBy: number[];                // member orders
  providedBy: ProvidedBy;
  generatedBy?: number;            // member order that produces it
  note?: string;
};

/** 一件事 — several matters applied for once. */
export type Bundle = {
  code: string;                    // "B1"
  name: string;
  summary: Markdown;
  conditions: Markdown;
  leadDepartment: string;
  coDepartments: string[];
  promisedTimeLimit: TimeLimit;
  members: BundleMember[];
  materialPlan: PlannedMaterial[];
  onlineUrl?: string;
  locations: string[];
  consult: ConsultChannel;
};

/** 知识点 — one question the hotline answers, with its one official wording (口径). */
export type KnowledgePoint = {
  code: string;                    // "KP-M01-FEE"
  standardQuestion: string;        // ≤128 characters, unique
  similarQuestions: string[];
  answer: Markdown;
  plainAnswer?: string;
  kind: KnowledgeKind;
  categoryPath: string;            // "东莞市/公安/户政/居民身份证"
  keywords: string[];              // each ≤20 characters, none equal to the question
  matter?: string;                 // Matter.code
  bundle?: string;                 // Bundle.code
  sourceElement?: string;          // the guide element the answer comes from, e.g. "feeItems"
  department: string;              // Department.code of the owning department
  effectiveFrom: string;           // ISO datetime
  effectiveTo?: string;
  version: number;
  owner: Owner;
};

/** A colloquial or variant term and the official term it means (search synonyms). */
export type Synonym = {
  canonical: string;
  variants: string[];
  category: SynonymCategory;
  note?: string;
};

/** Every kind of document the CMS keeps, by its content-type name. */
export type DomainDocuments = {
  department: Department;
  'service-location': ServiceLocation;
  matter: Matter;
  bundle: Bundle;
  'knowledge-point': KnowledgePoint;
  synonym: Synonym;
};

export type DocumentType = keyof DomainDocuments;
