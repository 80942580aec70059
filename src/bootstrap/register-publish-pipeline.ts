/**
 * Every publish goes one way, whether from the admin's Publish button, the REST command or
 * the CLI: Strapi's publish/unpublish of a matter, bundle or knowledge point runs inside one
 * transaction with our release and its outbox rows. Lint errors refuse the publish; nothing
 * is written then. The dispatcher is nudged once the transaction has committed.
 */
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, type Locale } from '../domain/value-sets';
import { preparePublication } from '../publishing/prepare-publication';
import { currentActor, currentPublishOptions } from '../publishing/publish-context';
import { recordRelease } from '../publishing/record-release';
import { lockSubject } from '../publishing/release-store';
import { publishingRuntime } from '../publishing/runtime';
import { subjectTypeOf, type SubjectType } from '../publishing/subject';

type Params = { documentId?: string; locale?: unknown };

async function localesOf(strapi: Core.Strapi, uid: string, documentId: string, locale: unknown): Promise<Locale[]> {
  if (typeof locale === 'string' && locale !== '*') return [locale as Locale];
  if (Array.isArray(locale)) return locale as Locale[];
  if (locale === undefined || locale === null) return [DEFAULT_LOCALE];
  const rows = await strapi.db.query(uid as never).findMany({ where: { documentId, publishedAt: null }, select: ['locale'] });
  return (rows as { locale: Locale }[]).map((row) => row.locale);
}

async function codeOf(strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<string | undefined> {
  const row = await strapi.db.query(uid as never).findOne({ where: { documentId, locale }, select: ['code'] });
  return (row as { code?: string } | null)?.code;
}

/** Serializes publishes of one document (a double click, two reviewers) until the transaction ends. */
async function lockDocument(strapi: Core.Strapi, trx: unknown, type: SubjectType, documentId: string, locales: Locale[]): Promise<void> {
  for (const locale of [...locales].sort()) await lockSubject(strapi, trx, `document:${type}:${documentId}:${locale}`);
}

async function publishWithRelease(strapi: Core.Strapi, type: SubjectType, documentId: string, locales: Locale[], next: () => Promise<unknown>) {
  return strapi.db.transaction(async ({ trx, onCommit }) => {
    await lockDocument(strapi, trx, type, documentId, locales);
    // Strapi's own publish first: it refuses a draft that lacks required elements (400).
    // Then build from the same draft; a lint error rolls both back.
    const result = await next();
    const options = currentPublishOptions();
    for (const locale of locales) {
      const ready = await preparePublication(strapi, type, documentId, locale);
      const recorded = await recordRelease(strapi, trx, {
        subject: { type, code: ready.code, locale }, documentId, action: 'publish', publication: ready.publication, source: ready.source,
        effectiveFrom: ready.effectiveFrom ?? options.effectiveFrom ?? new Date(), effectiveTo: ready.effectiveTo, actor: currentActor(strapi),
      });
      options.onRecorded?.(recorded);
    }
    onCommit(() => publishingRuntime(strapi).dispatcher.nudge());
    return result;
  });
}

async function unpublishWithRelease(strapi: Core.Strapi, uid: string, type: SubjectType, documentId: string, locales: Locale[], next: () => Promise<unknown>) {
  return strapi.db.transaction(async ({ trx, onCommit }) => {
    await lockDocument(strapi, trx, type, documentId, locales);
    const codes = await Promise.all(locales.map((locale) => codeOf(strapi, uid, documentId, locale)));
    const result = await next();
    for (const [index, locale] of locales.entries()) {
      const code = codes[index];
      if (!code) continue;
      const recorded = await recordRelease(strapi, trx, {
        subject: { type, code, locale }, documentId, action: 'revoke', publication: null, source: null, effectiveFrom: new Date(), actor: currentActor(strapi),
      });
      currentPublishOptions().onRecorded?.(recorded);
    }
    onCommit(() => publishingRuntime(strapi).dispatcher.nudge());
    return result;
  });
}

/**
 * Strapi's create/update with `status: 'published'` (the REST default) publish internally,
 * past the middlewares; save the draft here and publish through the pipeline instead.
 */
async function saveThenPublish(strapi: Core.Strapi, uid: string, params: Params & { status?: string }, next: () => Promise<unknown>) {
  params.status = 'draft';
  // One transaction: a publish that is refused (missing elements, lint errors) leaves no draft behind.
  return strapi.db.transaction(async () => {
    const draft = (await next()) as { documentId: string; locale?: string } | null;
    if (!draft) return draft;
    const published = (await strapi.documents(uid as never).publish({ documentId: draft.documentId, locale: draft.locale ?? params.locale } as never)) as { entries: unknown[] };
    return published.entries[0];
  });
}

/** Hooks the release pipeline into Strapi's publish and unpublish. */
export function registerPublishPipeline(strapi: Core.Strapi): void {
  type Context = { uid: string; action: string; params: unknown };
  const middleware = async (context: Context, next: () => Promise<unknown>) => {
    const type = subjectTypeOf(context.uid);
    const params = context.params as Params & { status?: string };
    if (type && (context.action === 'create' || context.action === 'update') && params.status === 'published') {
      return saveThenPublish(strapi, context.uid, params, next);
    }
    if (!type || (context.action !== 'publish' && context.action !== 'unpublish')) return next();
    if (!params.documentId) return next();
    const locales = await localesOf(strapi, context.uid, params.documentId, params.locale);
    return context.action === 'publish'
      ? publishWithRelease(strapi, type, params.documentId, locales, next)
      : unpublishWithRelease(strapi, context.uid, type, params.documentId, locales, next);
  };
  // Strapi types middlewares per action; this one returns whatever publish/unpublish returns.
  strapi.documents.use(middleware as never);
}
