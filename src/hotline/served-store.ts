/**
 * Reading what the hotline channel serves: the subject an agent opened, its matter and the
 * bundles, as `Served` values for the pure answer composer.
 */
import type { Core } from '@strapi/strapi';
import { STATE_UID, getState, listStates, type ChannelState } from '../channels/channel-state-store';
import type { HotlinePayload, Publication } from '../domain/publication';
import type { Locale } from '../domain/value-sets';
import { subjectKey, type SubjectType } from '../publishing/subject';
import { composeAnswer, plainTextOf, type AnswerView, type Served } from './answer-view';

export type SubjectRef = { type: SubjectType; code: string; locale: Locale };

/** A channel-state row as the composer wants it. */
export function servedOf(state: ChannelState): Served {
  const payload = state.payload as { publication?: Publication; projection?: HotlinePayload } | null;
  return {
    type: state.subjectType,
    code: state.subjectCode,
    locale: state.locale as Locale,
    version: state.version,
    contentHash: state.contentHash,
    revoked: state.revoked,
    effectiveFrom: state.effectiveFrom,
    effectiveTo: state.effectiveTo,
    publication: payload?.publication ?? null,
    projection: payload?.projection ?? null,
  };
}

/** What the hotline channel serves for a subject, or null. */
export async function loadServed(strapi: Core.Strapi, subject: SubjectRef): Promise<Served | null> {
  const state = await getState(strapi, 'hotline', subjectKey(subject));
  return state ? servedOf(state) : null;
}

/** Every bundle the hotline serves in a locale (a city has dozens, not thousands). */
export async function loadBundles(strapi: Core.Strapi, locale: Locale): Promise<Served[]> {
  const states = await listStates(strapi, 'hotline', { subjectType: 'bundle', locale, withPayload: true, limit: 500 });
  return states.map(servedOf);
}

/** The matter a served text belongs to: a knowledge point's matter, or the matter itself. */
export function matterCodeOf(served: Served): string | undefined {
  const publication = served.publication;
  if (publication?.kind === 'knowledge-point') return publication.matter?.code;
  if (publication?.kind === 'matter') return publication.code;
  if (publication?.kind === 'bundle') {
    const members = publication.members.filter((m) => m.matter);
    return (members.find((m) => m.department.code === publication.leadDepartment.code) ?? members[0])?.matter;
  }
  return undefined;
}

/** The department that answers for a served text. */
export function departmentCodeOf(served: Served): string | undefined {
  const publication = served.publication;
  if (publication?.kind === 'bundle') return publication.leadDepartment.code;
  return publication?.department.code;
}

/** The console's view of an opened subject, or null when the hotline serves nothing for it. */
export async function loadAnswer(strapi: Core.Strapi, subject: SubjectRef, now = new Date()): Promise<AnswerView | null> {
  const served = await loadServed(strapi, subject);
  if (!served) return null;
  const matterCode = served.type === 'knowledgePoint' ? matterCodeOf(served) : undefined;
  const [matter, bundles] = await Promise.all([
    matterCode ? loadServed(strapi, { type: 'matter', code: matterCode, locale: subject.locale }) : Promise.resolve(null),
    loadBundles(strapi, subject.locale),
  ]);
  return composeAnswer({ subject: served, matter, bundles, now });
}

/** The plain-language line of each knowledge point, for the result list (one query). */
export async function loadPlainLines(strapi: Core.Strapi, codes: readonly string[], locale: Locale): Promise<Record<string, string | null>> {
  const keys = codes.map((code) => subjectKey({ type: 'knowledgePoint', code, locale }));
  const rows = (await strapi.db.query(STATE_UID as never).findMany({
    where: { channel: 'hotline', subjectKey: { $in: keys } },
  })) as ChannelState[];
  const out: Record<string, string | null> = {};
  for (const row of rows) {
    const projection = (row.payload as { projection?: HotlinePayload } | null)?.projection;
    out[row.subjectCode] = projection ? plainTextOf(projection) : null;
  }
  return out;
}
