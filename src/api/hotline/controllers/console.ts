/**
 * Serves the console's page: the shell scripts/build-hotline.ts wrote to public/hotline/
 * (its hashed script and style files are served by Strapi's public folder). Never cached, so a
 * new build reaches agents on their next load; a strict CSP, since the page shows guide text.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Ctx } from '../request-body';

const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "object-src 'none'",
].join('; ');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async page(ctx: Ctx) {
    const file = path.join(strapi.dirs.static.public, 'hotline', 'index.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'The hotline console has not been built: run `npm run build:hotline`.';
      return;
    }
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Content-Security-Policy', CSP);
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.body = html;
  },
});
