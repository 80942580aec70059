/**
 * Releases: immutable rows, one per published version of a subject. Versions count up per
 * subject (type, code, locale); a unique index makes a second row for a version impossible.
 */
import type { Core } from '@strapi/strapi';
import type { Subject, SubjectType } from './subject';
import { isPostgres, newDocumentId, tableOf, toDate } from './store-support';

export const RELEASE_UID = 'api::release.release';

export type ReleaseAction = 'publish' | 'revoke' | 'rollback';

export type Release = {
  id: number;
  subjectType: SubjectType;
  subjectCode: string;
  subjectDocumentId: string;
  locale: string;
  version: number;
  action: ReleaseAction;
  contentHash: string | null;
  rendererVersion: string | null;
  publication: unknown;
  /** The document as it was released (domain object), for channels that index it. */
  source: unknown;
  publishedBy: string;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  rollbackOf: number | null;
  createdAt: Date;
};

export type NewRelease = Omit<Release, 'id' | 'createdAt' | 'version'>;

function toRelease(row: Record<string, unknown>): Release {
  return {
    ...(row as unknown as Release),
    effectiveFrom: toDate(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? toDate(row.effectiveTo) : null,
    createdAt: toDate(row.createdAt),
  };
}

const whereSubject = (subject: Subject) => ({ subjectType: subject.type, subjectCode: subject.code, locale: subject.locale });

/** Creates the indexes the publishing tables rely on (idempotent; run at start-up). */
export async function ensureReleaseIndexes(strapi: Core.Strapi): Promise<void> {
  const releases = tableOf(strapi, RELEASE_UID);
  const columns = ['subjectType', 'subjectCode', 'locale', 'version'].map(releases.column).join(', ');
  await strapi.db.connection.raw(`CREATE UNIQUE INDEX IF NOT EXISTS releases_subject_version_uq ON ${releases.table} (${columns})`);
}

/** The newest release of a subject, whatever its effective date. */
export async function latestRelease(strapi: Core.Strapi, subject: Subject): Promise<Release | null> {
  const row = await strapi.db.query(RELEASE_UID as never).findOne({ where: whereSubject(subject), orderBy: { version: 'desc' } });
  return row ? toRelease(row as Record<string, unknown>) : null;
}

/** One version of a subject. */
export async function releaseByVersion(strapi: Core.Strapi, subject: Subject, version: number): Promise<Release | null> {
  const row = await strapi.db.query(RELEASE_UID as never).findOne({ where: { ...whereSubject(subject), version } });
  return row ? toRelease(row as Record<string, unknown>) : null;
}

/** The release in force at `at`: the highest version whose effective date has come. */
export async function releaseInForce(strapi: Core.Strapi, subject: Subject, at: Date): Promise<Release | null> {
  const row = await strapi.db.query(RELEASE_UID as never).findOne({
    where: { ...whereSubject(subject), effectiveFrom: { $lte: at } },
    orderBy: { version: 'desc' },
  });
  return row ? toRelease(row as Record<string, unknown>) : null;
}

/**
 * Serializes publishes of one subject inside the current transaction. On PostgreSQL an
 * advisory lock; SQLite has a single writer, so the transaction alone suffices.
 */
export async function lockSubject(strapi: Core.Strapi, trx: unknown, key: string): Promise<void> {
  if (!isPostgres(strapi)) return;
  await (trx as { raw(sql: string, bindings: unknown[]): Promise<unknown> }).raw('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
}

/** Writes version n+1 of a subject (call inside the publishing transaction, after lockSubject). */
export async function insertRelease(strapi: Core.Strapi, release: NewRelease, previous: Release | null): Promise<Release> {
  const row = await strapi.db.query(RELEASE_UID as never).create({
    data: { ...release, documentId: newDocumentId(), version: (previous?.version ?? 0) + 1, publishedAt: new Date() },
  });
  return toRelease(row as Record<string, unknown>);
}

/** Every release of every subject, newest first per subject (for reports). */
export async function allReleases(strapi: Core.Strapi): Promise<Release[]> {
  const rows = await strapi.db.query(RELEASE_UID as never).findMany({ orderBy: [{ subjectType: 'asc' }, { subjectCode: 'asc' }, { locale: 'asc' }, { version: 'desc' }] });
  return (rows as Record<string, unknown>[]).map(toRelease);
}
