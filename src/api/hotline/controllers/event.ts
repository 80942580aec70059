/**
 * What the agent did with a search: opened a result, used an answer (copied it, sent the SMS)
 * or ended without one. Feeds the office's measures; see src/hotline/search-outcome.ts.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { recordEvent, SEARCH_EVENTS } from '../../../hotline';
import { MAX_SEARCHES_PER_EVENT } from '../../../hotline/search-log-store';
import { readChoice, readCode } from '../../request-input';
import { bodyOf, invalid, readOptionalNumber, readText, readTextList, signedInUser, type Ctx } from '../request-body';

const HOUR_MS = 3_600_000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Ctx) {
    const user = signedInUser(ctx);
    const body = bodyOf(ctx);
    const searchId = readText(body.searchId, 'searchId', 64, true);
    if (body.event === undefined) invalid('event', `Expected one of ${SEARCH_EVENTS.join(', ')}`);
    const report = {
      event: readChoice(body.event, 'event', SEARCH_EVENTS, 'opened'),
      searchId,
      searchIds: readTextList(body.searchIds, 'searchIds', MAX_SEARCHES_PER_EVENT, 64),
      msSinceFirstKeystroke: readOptionalNumber(body.msSinceFirstKeystroke, 'msSinceFirstKeystroke', 0, HOUR_MS),
      code: body.knowledgePointCode === undefined && body.code === undefined ? undefined : readCode(body.knowledgePointCode ?? body.code, 'code'),
    };
    const applied = await recordEvent(strapi, user.id, report.searchIds.length > 0 ? report : { ...report, searchIds: [searchId] });
    if (!applied) throw new errors.NotFoundError(`No search ${searchId} of yours is logged`);
    ctx.status = 202;
    ctx.body = { data: { searchId, event: report.event } };
  },
});
