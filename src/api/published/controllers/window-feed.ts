/**
 * The window channel: service-window terminals pull what changed since their last sync
 * (print pages included), and print one guide's one-time notice and checklist as a page.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getState, listStates } from '../../../channels/channel-state-store';
import type { ChannelName } from '../../../publishing/outbox-store';
import { subjectKey } from '../../../publishing/subject';
import { readCode, readLocale, readOptionalDate, readOptionalInteger } from '../../request-input';

type Ctx = { params: Record<string, string>; query: Record<string, unknown>; body: unknown; status: number; type: string; set(name: string, value: string): void };

async function page(strapi: Core.Strapi, channel: ChannelName, ctx: Ctx): Promise<void> {
  const subject = { type: 'matter' as const, code: readCode(ctx.params.code), locale: readLocale(ctx.query.locale) };
  const state = await getState(strapi, channel, subjectKey(subject));
  const html = (state?.payload as { projection?: { html?: string } } | null)?.projection?.html;
  if (!state || state.revoked || !html) throw new errors.NotFoundError(`${subject.code} has no ${channel} page in ${subject.locale}`);
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('ETag', `"${state.contentHash}.${channel}"`);
  ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
  ctx.body = html;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const updatedSince = readOptionalDate(ctx.query.updatedSince, 'updatedSince');
    const locale = ctx.query.locale === undefined ? undefined : readLocale(ctx.query.locale);
    const limit = Math.min(readOptionalInteger(ctx.query.limit, 'limit', 1) ?? 50, 200);
    const states = await listStates(strapi, 'window', { updatedSince, locale, limit, withPayload: true });
    ctx.body = {
      data: states.map((s) => ({ type: s.subjectType, code: s.subjectCode, locale: s.locale, version: s.version, contentHash: s.contentHash, revoked: s.revoked, updatedAt: s.updatedAt, page: (s.payload as { projection?: unknown } | null)?.projection ?? null })),
      meta: { count: states.length, nextUpdatedSince: states.at(-1)?.updatedAt ?? updatedSince ?? null },
    };
  },
  async printPage(ctx: Ctx) {
    await page(strapi, 'window', ctx);
  },
  async kioskPage(ctx: Ctx) {
    await page(strapi, 'kiosk', ctx);
  },
});
