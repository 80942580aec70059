/**
 * Boots a real Strapi for API tests: a throwaway SQLite file per test file, or a fresh
 * PostgreSQL database when TEST_DATABASE=postgres (see tests/helpers/postgres.ts).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { randomSecrets } from '../../scripts/lib/throwaway-env';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = path.resolve(__dirname, '..', '..');

export type TestApp = {
  strapi: Core.Strapi;
  /** The HTTP server to hand to supertest. */
  server: Core.Strapi['server']['httpServer'];
  /** Shuts Strapi down and drops the throwaway database. */
  stop(): Promise<void>;
};

function setTestSecrets(): void {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    ...randomSecrets(),
    STRAPI_DISABLE_CRON: 'true',
    DISPATCHER: 'off',
    SEARCH_DATA_DIR: path.join(ROOT, '.tmp', `search-${process.pid}-${randomBytes(3).toString('hex')}`),
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
  });
}

export type StartOptions = {
  /** Reuse this database (e.g. after a restart) instead of creating one. */
  database?: TestDatabase;
  /** Leave the database in place on stop(), for a later start. */
  keepDatabase?: boolean;
};

/** Starts Strapi on a fresh database; the compiled app in dist/ must be current (npm test builds it). */
export async function startApp(options: StartOptions = {}): Promise<TestApp & { database: TestDatabase }> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build:server` (npm test does it) before the API tests');
  }
  setTestSecrets();
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  Object.assign(process.env, database.env);
  const searchDir = String(process.env.SEARCH_DATA_DIR);
  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  await strapi.server.mount();
  return {
    strapi,
    server: strapi.server.httpServer,
    database,
    async stop() {
      await strapi.destroy();
      fs.rmSync(searchDir, { recursive: true, force: true });
      if (!options.keepDatabase) await database.drop();
    },
  };
}

/** Creates an API token of the given kind and returns the key to send as a bearer token. */
export async function createApiToken(strapi: Core.Strapi, type: 'read-only' | 'full-access'): Promise<string> {
  const token = await strapi.service('admin::api-token').create({
    name: `test ${type} ${randomBytes(4).toString('hex')}`,
    type,
    lifespan: null,
    permissions: [],
  });
  return token.accessKey as string;
}
