/**
 * What a release is about: a matter, bundle or knowledge point in one locale, named by its
 * stable code. The key `matter:M01:zh-CN` identifies it in the outbox and in every channel.
 */

export type SubjectType = 'matter' | 'bundle' | 'knowledgePoint';

export type Subject = { type: SubjectType; code: string; locale: string };

export const SUBJECT_UIDS = {
  matter: 'api::matter.matter',
  bundle: 'api::bundle.bundle',
  knowledgePoint: 'api::knowledge-point.knowledge-point',
} as const satisfies Record<SubjectType, string>;

export const CONTENT_TYPE_OF = {
  matter: 'matter',
  bundle: 'bundle',
  knowledgePoint: 'knowledge-point',
} as const satisfies Record<SubjectType, string>;

/** The subject type of a content-type uid, or undefined for types that are not published as releases. */
export function subjectTypeOf(uid: string): SubjectType | undefined {
  return (Object.keys(SUBJECT_UIDS) as SubjectType[]).find((type) => SUBJECT_UIDS[type] === uid);
}

/** `matter:M01:zh-CN` */
export function subjectKey(subject: Subject): string {
  return `${subject.type}:${subject.code}:${subject.locale}`;
}

/** The subject named by a key; throws on a malformed key (keys are written by us only). */
export function parseSubjectKey(key: string): Subject {
  const [type, code, locale] = key.split(':');
  if (!type || !code || !locale || !(type in SUBJECT_UIDS)) throw new RangeError(`Malformed subject key "${key}"`);
  return { type: type as SubjectType, code, locale };
}

/** Where the content API serves the release in force of each subject type. */
export const PUBLISHED_PATHS = {
  matter: 'guides',
  bundle: 'bundle-guides',
  knowledgePoint: 'knowledge',
} as const satisfies Record<SubjectType, string>;
