/**
 * Reads stored documents back as domain objects, whole (every component, relation and file),
 * in one locale and one status.
 */
import type { Core } from '@strapi/strapi';
import { RECORD_POPULATE } from './populate';
import { fromRecord, type DomainOf, type RecordType } from './records';

export type StoredDocument<T extends RecordType> = { documentId: string; locale: string | null; value: DomainOf[T] };

export type ReadOptions = { locale?: string; status?: 'draft' | 'published' };

/** Every document of a type in one locale and status (drafts by default: what editors see). */
export async function readDocuments<T extends RecordType>(strapi: Core.Strapi, type: T, options: ReadOptions = {}): Promise<StoredDocument<T>[]> {
  const uid = `api::${type}.${type}`;
  const records = (await strapi.documents(uid as never).findMany({
    locale: options.locale,
    status: options.status ?? 'draft',
    populate: RECORD_POPULATE[uid],
    limit: -1,
  } as never)) as Record<string, unknown>[];
  return records.map((record) => ({
    documentId: String(record.documentId),
    locale: (record.locale as string | null | undefined) ?? null,
    value: fromRecord(type, record),
  }));
}

/** One document in one locale and status, or null. */
export async function readDocument<T extends RecordType>(strapi: Core.Strapi, type: T, documentId: string, options: ReadOptions = {}): Promise<StoredDocument<T> | null> {
  const uid = `api::${type}.${type}`;
  const record = (await strapi.documents(uid as never).findOne({
    documentId,
    locale: options.locale,
    status: options.status ?? 'draft',
    populate: RECORD_POPULATE[uid],
  } as never)) as Record<string, unknown> | null;
  if (!record) return null;
  return { documentId, locale: (record.locale as string | null | undefined) ?? null, value: fromRecord(type, record) };
}
