/**
 * The baseline: the same questions against Strapi's own REST filters, the search a portal
 * gets without us — `$containsi` on the standard question or the answer of knowledge points.
 * Boots the real app (dist/) on a throwaway SQLite with random secrets, seeds the sample
 * content, listens on an ephemeral port and asks over HTTP.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { bootStrapi } from '../../lib/boot';
import { randomSecrets } from '../../lib/throwaway-env';
import { seedSampleContent } from '../../seed/seed-content';
import type { Ranked } from './eval-questions';

export type Baseline = { search(question: string): Promise<Ranked[]>; stop(): Promise<void> };

function useThrowawayEnvironment(file: string): void {
  Object.assign(process.env, {
    NODE_ENV: 'test', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file,
    ...randomSecrets(), STRAPI_DISABLE_CRON: 'true', DISPATCHER: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'error',
  });
}

/** The REST query: $or of $containsi over standardQuestion and answer, zh-CN, first three. */
export function baselinePath(question: string): string {
  const params = new URLSearchParams({
    'filters[$or][0][standardQuestion][$containsi]': question,
    'filters[$or][1][answer][$containsi]': question,
    locale: 'zh-CN',
    'pagination[pageSize]': '3',
    'fields[0]': 'code',
    'fields[1]': 'kind',
  });
  return `/api/knowledge-points?${params.toString()}`;
}

/** Boots, seeds and serves Strapi; `search` asks its REST API. */
export async function startBaseline(): Promise<Baseline> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-eval-'));
  useThrowawayEnvironment(path.join(dir, 'eval.db'));
  const strapi = await bootStrapi();
  await seedSampleContent(strapi, () => undefined);
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    async search(question) {
      const response = await fetch(base + baselinePath(question));
      if (!response.ok) throw new Error(`Strapi answered ${response.status} for "${question}"`);
      const body = (await response.json()) as { data: Array<{ code: string; kind?: string }> };
      return body.data.map((item) => ({ type: 'knowledgePoint' as const, code: item.code, kind: item.kind }));
    },
    async stop() {
      await strapi.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
