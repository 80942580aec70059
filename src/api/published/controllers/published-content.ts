/**
 * The content API for portals: the release each channel serves, by code. `ETag` is the content
 * hash (plus the format), so a portal that already has this version gets 304; a list with
 * `updatedSince` lets it sync incrementally. Drafts cannot appear here: the read model only
 * ever holds releases.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getState, listStates, type ChannelState } from '../../../channels/channel-state-store';
import type { ChannelName } from '../../../publishing/outbox-store';
import { subjectKey, type SubjectType } from '../../../publishing/subject';
import { readChoice, readCode, readLocale, readOptionalDate, readOptionalInteger } from '../../request-input';

export const FORMATS = ['publication', 'web', 'hotline', 'window', 'kiosk'] as const;
type Format = (typeof FORMATS)[number];

type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  set(name: string, value: string): void;
  get(name: string): string;
};

const channelOf = (format: Format): ChannelName => (format === 'publication' ? 'web' : format);

function statusOf(state: ChannelState, now: Date): 'inForce' | 'revoked' | 'expired' {
  if (state.revoked) return 'revoked';
  if (state.effectiveTo && state.effectiveTo.getTime() <= now.getTime()) return 'expired';
  return 'inForce';
}

function summary(state: ChannelState, now = new Date()) {
  return {
    type: state.subjectType, code: state.subjectCode, locale: state.locale, version: state.version, contentHash: state.contentHash,
    status: statusOf(state, now), effectiveFrom: state.effectiveFrom, effectiveTo: state.effectiveTo, updatedAt: state.updatedAt,
  };
}

function contentOf(state: ChannelState, format: Format): unknown {
  const payload = state.payload as { publication: unknown; projection: unknown } | null;
  return format === 'publication' ? payload?.publication : payload?.projection;
}

/** find / findOne for one subject type (named so read-only API tokens may call them). */
export function publishedContent(type: SubjectType) {
  return ({ strapi }: { strapi: Core.Strapi }) => ({
    async findOne(ctx: Ctx) {
      const subject = { type, code: readCode(ctx.params.code), locale: readLocale(ctx.query.locale) };
      const format = readChoice(ctx.query.format, 'format', FORMATS, 'publication');
      const state = await getState(strapi, channelOf(format), subjectKey(subject));
      if (!state) throw new errors.NotFoundError(`${subject.code} has no release in ${subject.locale}`);
      const etag = `"${state.contentHash ?? 'revoked'}${format === 'publication' ? '' : `.${format}`}"`;
      ctx.set('ETag', etag);
      ctx.set('Cache-Control', 'public, max-age=60, must-revalidate');
      ctx.set('Last-Modified', state.servedSince.toUTCString());
      const status = statusOf(state, new Date());
      if (status !== 'inForce') {
        ctx.status = 410;
        ctx.body = { data: summary(state), error: { status: 410, name: 'GoneError', message: `${subject.code} is ${status}` } };
        return;
      }
      if (ctx.get('If-None-Match').split(/\s*,\s*/).includes(etag)) {
        ctx.status = 304;
        return;
      }
      ctx.body = { data: { ...summary(state), format, content: contentOf(state, format) }, meta: { channel: state.channel, servedSince: state.servedSince } };
    },

    async find(ctx: Ctx) {
      const locale = ctx.query.locale === undefined ? undefined : readLocale(ctx.query.locale);
      const updatedSince = readOptionalDate(ctx.query.updatedSince, 'updatedSince');
      const limit = Math.min(readOptionalInteger(ctx.query.limit, 'limit', 1) ?? 100, 500);
      const states = await listStates(strapi, 'web', { subjectType: type, locale, updatedSince, limit });
      const last = states.at(-1);
      ctx.body = { data: states.map((state) => summary(state)), meta: { count: states.length, nextUpdatedSince: last?.updatedAt ?? updatedSince ?? null } };
    },
  });
}
