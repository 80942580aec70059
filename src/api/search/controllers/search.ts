/**
 * GET /api/search for hotline agents (agent role) and API tokens: the configured engine,
 * every query logged with its result count (the zero-result list comes from that log).
 * Engine errors map to 400 / 503 / 504; an empty or over-long query is a 400 naming `q`.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { searchRuntime } from '../../../bootstrap/set-up-search';
import { logSearch, newSearchId } from '../../../hotline';
import type { SearchHit } from '../../../search';
import { readChoice, readLocale, readOptionalInteger } from '../../request-input';

type Ctx = { query: Record<string, unknown>; body: unknown; status: number; state: { user?: { id?: number } } };

const TYPES = ['knowledgePoint', 'matter', 'bundle'] as const;

function readQuery(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '' || [...text].length > 200) {
    throw new errors.ValidationError('Expected a question of 1 to 200 characters', { errors: [{ path: ['q'], message: 'Expected 1 to 200 characters', name: 'ValidationError' }] });
  }
  return text;
}

function statusOf(hit: SearchHit): 'inForce' | 'notYetInForce' | 'expired' | 'revoked' {
  if (hit.status !== 'published') return 'revoked';
  if (hit.effectStatus === 'notYet') return 'notYetInForce';
  return hit.effectStatus === 'expired' ? 'expired' : 'inForce';
}

function present(hit: SearchHit) {
  return {
    id: hit.id, type: hit.type, code: hit.code, documentId: hit.documentId, locale: hit.locale,
    title: hit.title, titleHtml: hit.titleHtml, snippet: hit.snippetHtml,
    version: hit.version, contentHash: hit.contentHash, effectiveFrom: hit.effectiveFrom, effectiveTo: hit.effectiveTo ?? null,
    status: statusOf(hit), kind: hit.kind,
    matter: hit.matterCode ? { code: hit.matterCode, name: hit.matterName ?? null } : null,
    bundle: hit.bundleCode ? { code: hit.bundleCode, name: hit.bundleName ?? null } : null,
    department: { code: hit.departmentCode, name: hit.departmentName },
  };
}

/** Maps engine failures to HTTP: a bad query is the caller's, an absent engine is ours. */
function asHttpError(error: unknown): unknown {
  const name = (error as { name?: string }).name;
  if (name === 'InvalidSearchQuery') return new errors.ValidationError((error as Error).message);
  if (name === 'SearchEngineUnavailable' || name === 'SearchTimeout') {
    return Object.assign(new Error('Search is unavailable right now; try again shortly'), { status: name === 'SearchTimeout' ? 504 : 503, expose: true });
  }
  return error;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const text = readQuery(ctx.query.q);
    const locale = readLocale(ctx.query.locale);
    const type = ctx.query.type === undefined ? undefined : readChoice(ctx.query.type, 'type', TYPES, 'knowledgePoint');
    const dept = typeof ctx.query.dept === 'string' && ctx.query.dept !== '' ? ctx.query.dept : undefined;
    const kind = typeof ctx.query.kind === 'string' && ctx.query.kind !== '' ? ctx.query.kind : undefined;
    const limit = Math.min(readOptionalInteger(ctx.query.limit, 'limit', 1) ?? 10, 50);
    const offset = readOptionalInteger(ctx.query.offset, 'offset') ?? 0;
    const includeInactive = ctx.query.includeInactive === 'true';
    const filters = { ...(type && { type: [type] }), ...(dept && { departmentCode: [dept] }), ...(kind && { kind: [kind] }) };
    let result;
    try {
      result = await searchRuntime(strapi).engine.search({ text, locale, filters, includeInactive, limit, offset });
    } catch (error) {
      throw asHttpError(error);
    }
    const searchId = newSearchId();
    // Logged after the answer is on its way: the agent waits for results, not for the log.
    void logSearch(strapi, {
      searchId, query: text, locale, filters: { dept, kind, type }, total: result.total, tookMs: result.tookMs,
      topCodes: result.hits.map((hit) => hit.code), userId: ctx.state.user?.id ?? null,
    });
    ctx.body = { data: result.hits.map(present), meta: { total: result.total, tookMs: result.tookMs, facets: result.facets, searchId } };
  },
});
