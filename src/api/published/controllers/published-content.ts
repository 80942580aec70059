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

const etagOf = (state: ChannelState, format: Format) => `"${state.contentHash ?? 'revoked'}${format === 'publication' ? '' : `.${format}`}"`;

function setCacheHeaders(ctx: Ctx, state: ChannelState, format: Format): void {
  ctx.set('ETag', etagOf(state, format));
  ctx.set('Cache-Control', 'public, max-age=60, must-revalidate');
  ctx.set('Last-Modified', state.servedSince.toUTCString());
}

/** find / findOne for one subject type (named so read-only API tokens may call them). */
export function publishedContent(type: SubjectType) {
  return ({ strapi }: { strapi: Core.Strapi }) => ({
    async findOne(ctx: Ctx) {
      const subject = { type, code: readCode(ctx.params.code), locale: readLocale(ctx.query.locale) };
      const format = readChoice(ctx.query.format, 'format', FORMATS, 'publication');
      // The summary first: a portal that already holds this version gets its 304 without the payload being read.
      const head = await getState(strapi, channelOf(format), subjectKey(subject), false);
      if (!head) throw new errors.NotFoundError(`${subject.code} has no release in ${subject.locale}`);
      const status = statusOf(head, new Date());
      if (status !== 'inForce') {
        setCacheHeaders(ctx, head, format);
        ctx.status = 410;
        ctx.body = { data: summary(head), error: { status: 410, name: 'GoneError', message: `${subject.code} is ${status}` } };
        return;
      }
      if (ctx.get('If-None-Match').split(/\s*,\s*/).includes(etagOf(head, format))) {
        setCacheHeaders(ctx, head, format);
        ctx.status = 304;
        return;
      }
      const state = (await getState(strapi, channelOf(format), subjectKey(subject))) ?? head;
      setCacheHeaders(ctx, state, format);
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
