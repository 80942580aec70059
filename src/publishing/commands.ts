/**
 * The publishing commands behind the REST endpoints and the CLI: publish, revoke and roll back
 * a subject named by its code. Publish and revoke go through Strapi's own publish/unpublish,
 * so the admin's buttons, the API and the CLI share one path (register-publish-pipeline).
 */
import type { Core } from '@strapi/strapi';
import { EditConflictError } from './errors/edit-conflict-error';
import { SubjectNotFoundError } from './errors/subject-not-found-error';
import { withPublishOptions } from './publish-context';
import { recordRelease, type Recorded } from './record-release';
import { latestRelease, releaseByVersion } from './release-store';
import { publishingRuntime } from './runtime';
import { SUBJECT_UIDS, type Subject } from './subject';

export type PublishRequest = Subject & { actor: string; lockVersion?: number; effectiveFrom?: Date };

async function draftOf(strapi: Core.Strapi, subject: Subject): Promise<{ documentId: string; lockVersion: number }> {
  const row = await strapi.db.query(SUBJECT_UIDS[subject.type] as never).findOne({
    where: { code: subject.code, locale: subject.locale, publishedAt: null },
    select: ['documentId', 'lockVersion'],
  });
  if (!row) throw new SubjectNotFoundError(`No ${subject.type} ${subject.code} in ${subject.locale}`, { path: ['code'] });
  const { documentId, lockVersion } = row as { documentId: string; lockVersion: number | null };
  return { documentId, lockVersion: lockVersion ?? 0 };
}

/** Runs Strapi's publish or unpublish of one document and returns what the pipeline recorded. */
async function throughPipeline(strapi: Core.Strapi, subject: Subject, actor: string, effectiveFrom: Date | undefined, call: () => Promise<unknown>): Promise<Recorded> {
  const recorded: Recorded[] = [];
  await withPublishOptions({ actor, effectiveFrom, onRecorded: (r) => recorded.push(r) }, call);
  return recorded[0] ?? { release: await latestRelease(strapi, subject), created: false };
}

/** Publishes the draft of a subject as version n+1 (or nothing, if nothing visible changed). */
export async function publishSubject(strapi: Core.Strapi, request: PublishRequest): Promise<Recorded> {
  const { documentId, lockVersion } = await draftOf(strapi, request);
  if (request.lockVersion !== undefined && request.lockVersion !== lockVersion) {
    throw new EditConflictError(`${request.code} was changed after you loaded it (version ${lockVersion}); review it and publish again`, {
      path: ['lockVersion'], yourVersion: request.lockVersion, currentVersion: lockVersion,
    });
  }
  return throughPipeline(strapi, request, request.actor, request.effectiveFrom, () =>
    strapi.documents(SUBJECT_UIDS[request.type] as never).publish({ documentId, locale: request.locale } as never));
}

/** Withdraws a subject from every channel (撤销): a revoke release, then Strapi's unpublish. */
export async function revokeSubject(strapi: Core.Strapi, request: Subject & { actor: string }): Promise<Recorded> {
  const { documentId } = await draftOf(strapi, request);
  return throughPipeline(strapi, request, request.actor, undefined, () =>
    strapi.documents(SUBJECT_UIDS[request.type] as never).unpublish({ documentId, locale: request.locale } as never));
}

/** Serves an older version again, as version n+1 (the stored draft is left as it is). */
export async function rollbackSubject(strapi: Core.Strapi, request: Subject & { actor: string; version: number }): Promise<Recorded> {
  const target = await releaseByVersion(strapi, request, request.version);
  if (!target?.publication) throw new SubjectNotFoundError(`${request.code} has no published version ${request.version}`, { path: ['version'] });
  return strapi.db.transaction(async ({ trx, onCommit }) => {
    const recorded = await recordRelease(strapi, trx, {
      subject: request, documentId: target.subjectDocumentId, action: 'rollback', publication: target.publication as never, source: target.source,
      effectiveFrom: new Date(), effectiveTo: target.effectiveTo ?? undefined, actor: request.actor, rollbackOf: target.version,
    });
    onCommit(() => publishingRuntime(strapi).dispatcher.nudge());
    return recorded;
  });
}
