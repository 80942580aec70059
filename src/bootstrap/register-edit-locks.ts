/**
 * Two editors never overwrite each other: a save carries the `lockVersion` it was based on
 * (the admin form sends the value it loaded); if the stored draft has moved on, the save is
 * refused with 409 and nothing is written. Every accepted save moves the version on by one.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { DEFAULT_LOCALE } from '../domain/value-sets';
import { EditConflictError } from '../publishing/errors/edit-conflict-error';
import { isPostgres, tableOf } from '../publishing/store-support';
import { subjectTypeOf } from '../publishing/subject';

type Params = { documentId?: string; locale?: string; data?: Record<string, unknown> };

async function storedLockVersion(strapi: Core.Strapi, uid: string, documentId: string, locale: string, trx: Knex.Transaction): Promise<number | undefined> {
  const t = tableOf(strapi, uid);
  let query = trx(t.table).where({ [t.column('documentId')]: documentId, [t.column('locale')]: locale }).whereNull(t.column('publishedAt'));
  if (isPostgres(strapi)) query = query.forUpdate();
  const row = (await query.first(t.column('lockVersion'))) as Record<string, unknown> | undefined;
  return row ? Number(row[t.column('lockVersion')] ?? 0) : undefined;
}

/** Checks and moves on the lock version of every draft save of a publishable type. */
export function registerEditLocks(strapi: Core.Strapi): void {
  const middleware = async (context: { uid: string; action: string; params: unknown }, next: () => Promise<unknown>) => {
    if (context.action !== 'update' || !subjectTypeOf(context.uid)) return next();
    const params = context.params as Params;
    if (!params.documentId) return next();
    return strapi.db.transaction(async ({ trx }) => {
      const stored = await storedLockVersion(strapi, context.uid, params.documentId as string, params.locale ?? DEFAULT_LOCALE, trx as Knex.Transaction);
      if (stored === undefined) return next();
      const claimed = params.data?.lockVersion;
      if (claimed !== undefined && claimed !== null && Number(claimed) !== stored) {
        throw new EditConflictError(`This ${context.uid.split('.').pop()} was changed by someone else (version ${stored}); reload and apply your edit again`, {
          path: ['lockVersion'], yourVersion: Number(claimed), currentVersion: stored,
        });
      }
      params.data = { ...params.data, lockVersion: stored + 1 };
      return next();
    });
  };
  strapi.documents.use(middleware as never);
}
