/**
 * An opened result: the subject's hotline text with its version and hash, its matter's
 * checklist, fees, time limits, places and online link, its bundles, the copy and SMS texts.
 * Expired and revoked texts are served too, flagged, so the agent sees why not to read them.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { loadAnswer, loadPlainLines } from '../../../hotline';
import { readCode, readLocale, readSubjectType } from '../../request-input';
import { invalid, type Ctx } from '../request-body';

const MAX_CODES = 50;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Ctx) {
    const subject = { type: readSubjectType(ctx.params.type), code: readCode(ctx.params.code), locale: readLocale(ctx.query.locale) };
    const view = await loadAnswer(strapi, subject);
    if (!view) throw new errors.NotFoundError(`The hotline serves no ${subject.type} ${subject.code} in ${subject.locale}`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: view };
  },

  /** The plain-language line (白话) of each listed knowledge point, for the result list. */
  async plainLines(ctx: Ctx) {
    const raw = typeof ctx.query.codes === 'string' ? ctx.query.codes.split(',').filter(Boolean) : [];
    if (raw.length > MAX_CODES) invalid('codes', `Expected at most ${MAX_CODES} codes`);
    const codes = raw.map((code, i) => readCode(code, `codes.${i}`));
    ctx.body = { data: codes.length === 0 ? {} : await loadPlainLines(strapi, codes, readLocale(ctx.query.locale)) };
  },
});
