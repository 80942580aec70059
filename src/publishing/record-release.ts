/**
 * Writes a release and its outbox rows: one version more than the latest, unless nothing a
 * reader would see changed (same content hash and dates: a double-clicked publish) or the
 * subject is already revoked. Must run inside the publishing transaction.
 */
import type { Core } from '@strapi/strapi';
import type { Publication } from '../domain/publication';
import { enqueueDeliveries } from './outbox-store';
import { insertRelease, latestRelease, lockSubject, type Release, type ReleaseAction } from './release-store';
import { subjectKey, type Subject } from './subject';

export type ReleaseRequest = {
  subject: Subject;
  documentId: string;
  action: ReleaseAction;
  publication: Publication | null;
  /** The document as released; a revoke keeps the last released one. */
  source: unknown;
  effectiveFrom: Date;
  effectiveTo?: Date;
  actor: string;
  rollbackOf?: number;
};

export type Recorded = { release: Release | null; created: boolean };

const sameInstant = (a: Date | null | undefined, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function unchanged(latest: Release | null, request: ReleaseRequest): boolean {
  if (!latest) return false;
  if (request.action === 'revoke') return latest.action === 'revoke';
  // Same text, already in force by the requested time, same end: a repeat (e.g. a double click).
  return latest.action !== 'revoke' && latest.contentHash === request.publication?.contentHash
    && latest.effectiveFrom.getTime() <= request.effectiveFrom.getTime() && sameInstant(latest.effectiveTo, request.effectiveTo);
}

/** Records version n+1 of a subject with one delivery per channel, or reports that nothing changed. */
export async function recordRelease(strapi: Core.Strapi, trx: unknown, request: ReleaseRequest): Promise<Recorded> {
  const key = subjectKey(request.subject);
  await lockSubject(strapi, trx, key);
  const latest = await latestRelease(strapi, request.subject);
  if (unchanged(latest, request) || (request.action === 'revoke' && !latest)) return { release: latest, created: false };
  const release = await insertRelease(strapi, {
    subjectType: request.subject.type,
    subjectCode: request.subject.code,
    subjectDocumentId: request.documentId,
    locale: request.subject.locale,
    action: request.action,
    contentHash: request.publication?.contentHash ?? null,
    rendererVersion: request.publication?.rendererVersion ?? null,
    publication: request.publication,
    source: request.action === 'revoke' ? latest?.source ?? null : request.source,
    publishedBy: request.actor,
    effectiveFrom: request.effectiveFrom,
    effectiveTo: request.effectiveTo ?? null,
    rollbackOf: request.rollbackOf ?? null,
  }, latest);
  await enqueueDeliveries(strapi, release, key);
  return { release, created: true };
}
