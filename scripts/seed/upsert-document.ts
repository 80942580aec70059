/**
 * Writes one sample document in one locale so that running the seed again changes nothing:
 * the stored document is read back as a domain object and compared with the desired one;
 * only a difference leads to an update, and only an unpublished difference to a publish.
 */
import type { Core } from '@strapi/strapi';
import { fromRecord, toRecord, type DomainOf, type RecordRefs, type RecordType } from '../../src/records/records';
import { RECORD_POPULATE } from '../../src/records/populate';
import { comparable } from './comparable';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

export type UpsertTarget<T extends RecordType> = {
  type: T;
  locale?: string;           // omitted for types that are not localized
  key: { field: string; value: string };
  desired: DomainOf[T];
  draftAndPublish: boolean;
};

export const uidOf = (type: RecordType): `api::${string}.${string}` => `api::${type}.${type}`;

async function findStored(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined, status: 'draft' | 'published') {
  const docs = strapi.documents(uid as never);
  return docs.findOne({ documentId, locale, status, populate: RECORD_POPULATE[uid] } as never) as Promise<Record<string, unknown> | null>;
}

/** Finds the documentId for a key in any locale (locales of one document share it). */
export async function documentIdFor(strapi: Core.Strapi, type: RecordType, field: string, value: string): Promise<string | undefined> {
  const row = await strapi.db.query(uidOf(type) as never).findOne({ where: { [field]: value }, select: ['documentId'] });
  return (row as { documentId?: string } | null)?.documentId;
}

/** Creates, updates or leaves alone one document in one locale, and publishes it. */
export async function upsertDocument<T extends RecordType>(strapi: Core.Strapi, target: UpsertTarget<T>, refs: RecordRefs): Promise<{ outcome: UpsertOutcome; documentId: string }> {
  const uid = uidOf(target.type);
  const docs = strapi.documents(uid as never);
  const data = toRecord(target.type, target.desired, refs);
  const want = comparable(target.desired);
  const documentId = await documentIdFor(strapi, target.type, target.key.field, target.key.value);
  const draft = documentId ? await findStored(strapi, uid, documentId, target.locale, 'draft') : null;
  let outcome: UpsertOutcome = 'unchanged';
  let id = documentId;
  if (!id) {
    const created = (await docs.create({ data, locale: target.locale } as never)) as { documentId: string };
    id = created.documentId;
    outcome = 'created';
  } else if (!draft || comparable(fromRecord(target.type, draft)) !== want) {
    await docs.update({ documentId: id, locale: target.locale, data } as never);
    outcome = draft ? 'updated' : 'created';
  }
  if (target.draftAndPublish) {
    const published = await findStored(strapi, uid, id, target.locale, 'published');
    if (!published || comparable(fromRecord(target.type, published)) !== want) {
      await docs.publish({ documentId: id, locale: target.locale } as never);
      if (outcome === 'unchanged') outcome = 'updated';
    }
  }
  return { outcome, documentId: id };
}
