/**
 * The app under measurement: the compiled app (dist/) on a throwaway SQLite file, with fresh
 * random secrets, the dispatcher running as in production, quiet logs, listening on an
 * ephemeral loopback port. Nothing from .env is read.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { randomSecrets } from '../../lib/throwaway-env';

const ROOT = path.resolve(__dirname, '..', '..', '..');

export type BenchApp = { strapi: Core.Strapi; baseUrl: string; stop(): Promise<void> };

function benchEnvironment(database: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    ...randomSecrets(),
    STRAPI_DISABLE_CRON: 'true',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'error',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: database,
  };
}

/** Boots the app on a new database file and listens on 127.0.0.1 at a free port. */
export async function bootBenchApp(): Promise<BenchApp> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) throw new Error('dist/ is missing: run `npx tsc -p tsconfig.json` first');
  const dir = path.join(ROOT, '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const database = path.join(dir, `bench-publish-${process.pid}-${randomBytes(3).toString('hex')}.db`);
  const dropDatabase = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${database}${suffix}`, { force: true });
  };
  delete process.env.DISPATCHER;
  Object.assign(process.env, benchEnvironment(database));
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load().catch((error: unknown) => {
    dropDatabase();
    throw error;
  });
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await strapi.destroy();
      dropDatabase();
    },
  };
}

/** An API token of the given kind; returns the key to send as a bearer token. */
export async function createBenchToken(strapi: Core.Strapi, type: 'read-only' | 'full-access'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({ name: `bench ${type} ${randomBytes(3).toString('hex')}`, type, lifespan: null, permissions: [] });
  return token.accessKey as string;
}
