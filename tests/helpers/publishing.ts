/** Helpers for publishing tests: the app's dispatcher, releases and deliveries. */
import request from 'supertest';
import { loadConsistency } from '../../src/publishing/load-consistency';
import { publishingRuntime } from '../../src/publishing/runtime';
import type { TestApp } from './app';

export function dispatcherOf(app: TestApp) {
  return publishingRuntime(app.strapi).dispatcher;
}

/** Delivers everything due, then returns the consistency report. */
export async function drainAndReport(app: TestApp) {
  await dispatcherOf(app).drain();
  return loadConsistency(app.strapi, 60_000);
}

export async function releaseCount(app: TestApp, where: Record<string, unknown> = {}): Promise<number> {
  return app.strapi.db.query('api::release.release').count({ where });
}

/** POSTs a publishing command with a token. */
export function command(app: TestApp, token: string, name: 'publish' | 'revoke' | 'rollback' | 'replay', body: object) {
  return request(app.server).post(`/api/publishing/${name}`).set('Authorization', `Bearer ${token}`).send(body);
}

/** The stored draft's lock version of a matter in a locale. */
export async function draftLockVersion(app: TestApp, code: string, locale = 'zh-CN'): Promise<{ documentId: string; lockVersion: number }> {
  const row = await app.strapi.db.query('api::matter.matter').findOne({ where: { code, locale, publishedAt: null }, select: ['documentId', 'lockVersion'] });
  return { documentId: row.documentId, lockVersion: row.lockVersion ?? 0 };
}
