import { publicPopulate } from '../records/populate';

/**
 * Sets `populate` to the whole document when the caller gave none, so a portal gets every
 * element of a guide in one request. A caller's own `populate` wins.
 */
export function applyDefaultPopulate(ctx: { query: Record<string, unknown> }, uid: string): void {
  const populate = publicPopulate(uid);
  if (ctx.query.populate === undefined && populate) ctx.query.populate = populate;
}
