/**
 * The app as the bench sees it: the compiled Strapi (dist/) on a throwaway SQLite file and a
 * throwaway search folder, random secrets, no dispatcher, listening on 127.0.0.1 only.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { bootStrapi } from '../../lib/boot';
import { randomSecrets } from '../../lib/throwaway-env';

export type RunningApp = {
  strapi: Core.Strapi;
  /** http://127.0.0.1:<ephemeral port> */
  base: string;
  /** The temporary folder holding the database, the search index and the bench's own files. */
  workDir: string;
  /** Destroys Strapi (closing the server and search), once; the temporary folder stays. */
  shutDown(): Promise<void>;
  /** Shuts down and deletes the temporary folder. */
  stop(): Promise<void>;
};

function useThrowawayEnvironment(workDir: string): void {
  Object.assign(process.env, {
    NODE_ENV: 'test', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'bench.db'),
    // The embedded engine, whatever the shell says: the bench is about the in-process index.
    SEARCH_DATA_DIR: path.join(workDir, 'search'), MEILI_HOST: '',
    ...randomSecrets(), STRAPI_DISABLE_CRON: 'true', DISPATCHER: 'off',
    STRAPI_TELEMETRY_DISABLED: 'true', LOG_LEVEL: 'error',
  });
}

/** Boots the app in this process and serves it on an ephemeral loopback port. */
export async function startAppOnLoopback(): Promise<RunningApp> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-bench-app-'));
  useThrowawayEnvironment(workDir);
  let strapi: Core.Strapi | undefined;
  try {
    strapi = await bootStrapi();
    await strapi.server.mount();
    const server = strapi.server.httpServer;
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const app = strapi;
    let destroyed: Promise<void> | undefined;
    const shutDown = () => (destroyed ??= app.destroy());
    return {
      strapi: app, base, workDir, shutDown,
      async stop() {
        try {
          await shutDown();
        } finally {
          fs.rmSync(workDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await strapi?.destroy();
    fs.rmSync(workDir, { recursive: true, force: true });
    throw error;
  }
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

/** The SQLite journal mode and fsync level the app runs with, e.g. "journal_mode=delete, synchronous=FULL". */
export async function sqliteSettings(strapi: Core.Strapi): Promise<string> {
  const knex = strapi.db.connection;
  const [{ journal_mode: journal }] = (await knex.raw('PRAGMA journal_mode')) as Array<{ journal_mode: string }>;
  const [{ synchronous }] = (await knex.raw('PRAGMA synchronous')) as Array<{ synchronous: number }>;
  return `journal_mode=${journal}, synchronous=${SYNCHRONOUS[synchronous] ?? synchronous}`;
}

/**
 * Write-ahead log and fsync at checkpoints only (--sqlite-wal), not what the app configures:
 * shows what the fsync of each search-log commit costs, since better-sqlite3 commits on the
 * event loop. Strapi's SQLite pool holds one connection, so the pragmas stick; the
 * journal mode is kept in the file, synchronous is not (a restarted app has FULL again).
 */
export async function useSqliteWal(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw('PRAGMA journal_mode=WAL');
  await strapi.db.connection.raw('PRAGMA synchronous=NORMAL');
}
