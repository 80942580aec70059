/** The hotline office's figures: measures and the top unanswered queries over 7 or 30 days. */
import type { Core } from '@strapi/strapi';
import { loadMeasures, loadUnanswered } from '../../../hotline';
import { readOptionalInteger } from '../../request-input';
import { invalid, type Ctx } from '../request-body';

function readDays(value: unknown): number {
  const days = readOptionalInteger(value, 'days', 1) ?? 7;
  return days > 366 ? invalid('days', 'Expected at most 366 days') : days;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async measures(ctx: Ctx) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await loadMeasures(strapi, readDays(ctx.query.days)) };
  },

  async unanswered(ctx: Ctx) {
    const days = readDays(ctx.query.days);
    const limit = Math.min(readOptionalInteger(ctx.query.limit, 'limit', 1) ?? 20, 100);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await loadUnanswered(strapi, days, limit), meta: { days, limit } };
  },
});
