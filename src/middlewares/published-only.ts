import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Drafts never leave the CMS through the content API: reads serve published documents
 * only, and asking for anything else is a clear 400 rather than a silent fallback.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) =>
  async (ctx: { query: Record<string, unknown> }, next: () => Promise<void>) => {
    const status = ctx.query.status;
    if (status !== undefined && status !== 'published') {
      throw new errors.ValidationError('Only published content is served here', {
        errors: [{ path: ['status'], message: 'Expected "published" or nothing', name: 'ValidationError' }],
      });
    }
    ctx.query.status = 'published';
    await next();
  };
