/**
 * A throwaway database for one test file: SQLite in .tmp/ by default, or a fresh database on
 * the PostgreSQL server named by TEST_DATABASE_URL when TEST_DATABASE=postgres.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

export type TestDatabase = {
  env: Record<string, string>;
  drop(): Promise<void>;
};

const ROOT = path.resolve(__dirname, '..', '..');

export function usingPostgres(): boolean {
  return process.env.TEST_DATABASE === 'postgres';
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE=postgres needs TEST_DATABASE_URL (a role that may create databases)');
  const name = `tongyuan_test_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function createSqliteDatabase(): TestDatabase {
  const dir = path.join(ROOT, '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `test-${process.pid}-${randomBytes(3).toString('hex')}.db`);
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    async drop() {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  return usingPostgres() ? createPostgresDatabase() : createSqliteDatabase();
}

/** Runs one read-only SQL statement on a test database from outside the app (e.g. while a worker process runs). */
export async function queryTestDatabase(database: TestDatabase, sql: string): Promise<Record<string, unknown>[]> {
  if (database.env.DATABASE_CLIENT === 'postgres') {
    const client = new Client({ connectionString: database.env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  }
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(database.env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
