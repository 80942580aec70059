/**
 * Feedback (纠错): agents create it from the console, routed to the owner by the server (the
 * body names only what was flagged and why); the hotline office lists it. Owners answer in the
 * admin's Content Manager, where its state (处理状态) moves open → answered → fixed or rejected.
 */
import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { createFeedback, FEEDBACK_CATEGORIES } from '../../../hotline';
import { readChoice, readCode, readLocale, readSubjectType } from '../../request-input';
import { bodyOf, invalid, readText, signedInUser, type Ctx } from '../../hotline/request-body';

function readFlag(ctx: Ctx) {
  const body = bodyOf(ctx);
  if (body.category === undefined) invalid('category', `Expected one of ${FEEDBACK_CATEGORIES.join(', ')}`);
  return {
    subject: { type: readSubjectType(body.subjectType, 'subjectType'), code: readCode(body.subjectCode, 'subjectCode'), locale: readLocale(body.locale) },
    category: readChoice(body.category, 'category', FEEDBACK_CATEGORIES, 'wrong'),
    comment: readText(body.comment, 'comment', 2000, true),
    callerQuestion: readText(body.callerQuestion, 'callerQuestion', 500),
    searchId: readText(body.searchId, 'searchId', 64),
  };
}

/** What the agent gets back: the routing and the deadline, not the owner's phone book entry. */
function receipt(created: Record<string, unknown>) {
  const pick = ['documentId', 'state', 'category', 'subjectType', 'subjectCode', 'locale', 'version', 'contentHash', 'ownerName', 'routingRule', 'dueAt', 'createdAt'];
  return Object.fromEntries(pick.map((key) => [key, created[key] ?? null]));
}

export default factories.createCoreController('api::feedback.feedback' as never, ({ strapi }) => ({
  async create(context: unknown) {
    const ctx = context as Ctx;
    const user = signedInUser(ctx);
    const flag = readFlag(ctx);
    const created = await createFeedback(strapi, { ...flag, agentId: user.id });
    if (!created) throw new errors.NotFoundError(`The hotline serves no ${flag.subject.type} ${flag.subject.code} in ${flag.subject.locale}`);
    ctx.status = 201;
    ctx.body = { data: receipt(created) };
  },
}));
