/**
 * The publishing commands over REST, for reviewers' tools and scripts holding a full-access
 * API token: publish, revoke, roll back, replay dead deliveries, and the consistency report.
 */
import type { Core } from '@strapi/strapi';
import { currentActor } from '../../../publishing/publish-context';
import { publishSubject, revokeSubject, rollbackSubject } from '../../../publishing/commands';
import { loadConsistency } from '../../../publishing/load-consistency';
import { CHANNEL_NAMES, replayDead } from '../../../publishing/outbox-store';
import { publishingRuntime } from '../../../publishing/runtime';
import type { Recorded } from '../../../publishing/record-release';
import { readChoice, readCode, readInteger, readLocale, readOptionalDate, readOptionalInteger, readSubjectType } from '../../request-input';

type Ctx = { request: { body?: Record<string, unknown> }; query: Record<string, unknown>; body: unknown; status: number };

function subjectOf(body: Record<string, unknown>) {
  return { type: readSubjectType(body.type), code: readCode(body.code), locale: readLocale(body.locale) };
}

function answer(ctx: Ctx, recorded: Recorded): void {
  const { release, created } = recorded;
  ctx.status = created ? 201 : 200;
  ctx.body = {
    data: release && {
      version: release.version, action: release.action, contentHash: release.contentHash, rendererVersion: release.rendererVersion,
      effectiveFrom: release.effectiveFrom, publishedBy: release.publishedBy, created,
    },
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async publish(ctx: Ctx) {
    const body = ctx.request.body ?? {};
    const request = { ...subjectOf(body), lockVersion: readOptionalInteger(body.lockVersion, 'lockVersion'), effectiveFrom: readOptionalDate(body.effectiveFrom, 'effectiveFrom') };
    answer(ctx, await publishSubject(strapi, { ...request, actor: currentActor(strapi) }));
  },
  async revoke(ctx: Ctx) {
    answer(ctx, await revokeSubject(strapi, { ...subjectOf(ctx.request.body ?? {}), actor: currentActor(strapi) }));
  },
  async rollback(ctx: Ctx) {
    const body = ctx.request.body ?? {};
    const version = readInteger(body.version, 'version', 1);
    answer(ctx, await rollbackSubject(strapi, { ...subjectOf(body), version, actor: currentActor(strapi) }));
  },
  async replay(ctx: Ctx) {
    const body = ctx.request.body ?? {};
    const channel = body.channel === undefined ? undefined : readChoice(body.channel, 'channel', CHANNEL_NAMES, 'web');
    const replayed = await replayDead(strapi, { ...(channel && { channel }), ...(typeof body.subjectKey === 'string' && { subjectKey: body.subjectKey }) });
    publishingRuntime(strapi).dispatcher.nudge();
    ctx.body = { data: { replayed } };
  },
  async consistency(ctx: Ctx) {
    const threshold = readOptionalInteger(ctx.query.pendingThresholdMs, 'pendingThresholdMs') ?? 60_000;
    const report = await loadConsistency(strapi, threshold);
    ctx.body = { data: report };
  },
});
