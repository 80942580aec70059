/** Serves the OpenAPI document of the content API and the publishing commands. */
import { servedDocument } from '../served-document';

type Ctx = { status: number; body: unknown; type: string; fresh: boolean; set(name: string, value: string): void };

export default () => ({
  async find(ctx: Ctx) {
    const { body, etag } = servedDocument();
    ctx.status = 200;
    ctx.set('ETag', etag);
    ctx.set('Cache-Control', 'public, max-age=60, must-revalidate');
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = body;
  },
});
