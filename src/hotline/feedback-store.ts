/**
 * A flag from the console becomes a feedback record: it names exactly which text was flagged
 * (code, locale, version, hash), is routed to the owner who can fix it, and carries the
 * response deadline. Owners read it in the admin (Content Manager → 纠错反馈).
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../domain/value-sets';
import { SUBJECT_UIDS } from '../publishing/subject';
import type { FeedbackCategory } from './feedback-terms';
import { RESPONSE_WORKING_DAYS } from './feedback-terms';
import { routeFeedback, type OwnerContact } from './route-feedback';
import { departmentCodeOf, loadServed, matterCodeOf, type SubjectRef } from './served-store';
import { CHINA_CALENDAR, coversYear, localDay, workingDayDeadline } from './working-days';

export const FEEDBACK_UID = 'api::feedback.feedback';

export type FlagInput = {
  subject: SubjectRef;
  category: FeedbackCategory;
  comment: string;
  callerQuestion?: string;
  searchId?: string;
  agentId: number;
};

type OwnerRow = { role: OwnerContact['role']; name: string; phone: string; email?: string | null; backup?: string | null };

/** Owners are kept per locale; the flag's locale first, then the source locale (zh-CN). */
async function ownersOf(strapi: Core.Strapi, uid: string, field: 'owners' | 'owner', code: string, locale: string): Promise<OwnerRow[]> {
  for (const candidate of [...new Set([locale, DEFAULT_LOCALE])]) {
    const row = (await strapi.db.query(uid as never).findOne({
      where: { code, locale: candidate, publishedAt: { $notNull: true } },
      populate: [field],
    })) as Record<string, unknown> | null;
    const value = row?.[field];
    if (Array.isArray(value) && value.length > 0) return value as OwnerRow[];
    if (value && !Array.isArray(value)) return [value as OwnerRow];
  }
  return [];
}

function deadlineFrom(strapi: Core.Strapi, now: Date): Date {
  const year = Number(localDay(now, CHINA_CALENDAR).slice(0, 4));
  if (!coversYear(year, CHINA_CALENDAR) || !coversYear(year + 1, CHINA_CALENDAR)) {
    strapi.log.warn(`feedback: the working-day calendar has no holiday list for ${year} or ${year + 1}; counting Mon–Fri only (add it to src/hotline/data/working-calendar.json)`);
  }
  return workingDayDeadline(now, RESPONSE_WORKING_DAYS, CHINA_CALENDAR);
}

const contactOf = (row: OwnerRow): OwnerContact => ({ role: row.role, name: row.name, phone: row.phone, email: row.email ?? null, backup: row.backup ?? null });

/** Stores a flag routed to its owner; null when the hotline serves nothing under that code. */
export async function createFeedback(strapi: Core.Strapi, input: FlagInput, now = new Date()): Promise<Record<string, unknown> | null> {
  const served = await loadServed(strapi, input.subject);
  if (!served) return null;
  const matterCode = matterCodeOf(served);
  const matterOwners = matterCode ? await ownersOf(strapi, SUBJECT_UIDS.matter, 'owners', matterCode, input.subject.locale) : [];
  const pointOwner = input.subject.type === 'knowledgePoint'
    ? (await ownersOf(strapi, SUBJECT_UIDS.knowledgePoint, 'owner', input.subject.code, input.subject.locale))[0]
    : undefined;
  const { owner, rule } = routeFeedback({ subjectType: input.subject.type, matterOwners: matterOwners.map(contactOf), pointOwner: pointOwner && contactOf(pointOwner) });
  const data = {
    state: 'open',
    category: input.category,
    subjectType: input.subject.type,
    subjectCode: input.subject.code,
    subjectTitle: served.projection?.title?.slice(0, 200) ?? null,
    locale: input.subject.locale,
    version: served.version,
    contentHash: served.contentHash,
    matterCode: matterCode ?? null,
    departmentCode: departmentCodeOf(served) ?? null,
    comment: input.comment,
    callerQuestion: input.callerQuestion ?? null,
    searchId: input.searchId ?? null,
    ownerName: owner?.name ?? null,
    ownerRole: owner?.role ?? null,
    ownerPhone: owner?.phone ?? null,
    ownerEmail: owner?.email ?? null,
    routingRule: rule,
    dueAt: deadlineFrom(strapi, now),
    agent: input.agentId,
  };
  return (await strapi.documents(FEEDBACK_UID as never).create({ data } as never)) as Record<string, unknown>;
}
