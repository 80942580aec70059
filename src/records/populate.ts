/**
 * What to populate to read a whole document of each type: every component, relation and
 * file. The content API uses the same tables (private attributes such as owners are
 * removed from its answers by Strapi's sanitizer).
 */
export type Populate = Record<string, true | { populate: Record<string, true> }>;

export const RECORD_POPULATE: Record<string, Populate> = {
  'api::matter.matter': {
    department: true,
    locations: true,
    handlingItems: true,
    legalBasis: true,
    legalTimeLimit: true,
    promisedTimeLimit: true,
    feeItems: true,
    offlineSteps: true,
    onlineSteps: true,
    resultSample: true,
    consult: true,
    complaint: true,
    materials: { populate: { blankForm: true, sampleForm: true } },
    faqs: true,
    plainNotes: true,
    owners: true,
  },
  'api::knowledge-point.knowledge-point': {
    matter: true,
    bundle: true,
    department: true,
    owner: true,
  },
  'api::bundle.bundle': {
    leadDepartment: true,
    promisedTimeLimit: true,
    members: true,
    materialPlan: true,
    locations: true,
    consult: true,
  },
  'api::department.department': {},
  'api::service-location.service-location': {},
  'api::synonym.synonym': {},
};

/** Attributes marked private in the schemas: internal, never sent by the content API. */
const PRIVATE_ATTRIBUTES = new Set(['owners', 'owner']);

/** The populate table without private attributes, for the content API. */
export function publicPopulate(uid: string): Populate | undefined {
  const populate = RECORD_POPULATE[uid];
  if (!populate) return undefined;
  return Object.fromEntries(Object.entries(populate).filter(([key]) => !PRIVATE_ATTRIBUTES.has(key)));
}
