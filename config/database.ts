import path from 'node:path';
import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** PostgreSQL from DATABASE_URL (which wins when set), or from host/port/name/user/password. */
function postgresConnection(env: Env): Core.Config.Database<'postgres'>['connection']['connection'] {
  const url = env('DATABASE_URL', '');
  return {
    ...(url === '' ? {} : { connectionString: url }),
    host: env('DATABASE_HOST', 'localhost'),
    port: env.int('DATABASE_PORT', 5432),
    database: env('DATABASE_NAME', 'tongyuan'),
    user: env('DATABASE_USERNAME', 'tongyuan'),
    password: env('DATABASE_PASSWORD', ''),
    ssl: env.bool('DATABASE_SSL', false) && {
      rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
    },
    schema: env('DATABASE_SCHEMA', 'public'),
  };
}

/** SQLite by default (a file, nothing to install); PostgreSQL when DATABASE_CLIENT=postgres. */
const config = ({
  env,
}: Core.Config.Shared.ConfigParams): Core.Config.Database<'postgres'> | Core.Config.Database<'sqlite'> => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: postgresConnection(env),
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  if (client !== 'sqlite') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', 'data/tongyuan.db')),
      },
      useNullAsDefault: true,
      // Write-ahead log: readers do not wait for writers, and a commit syncs the log, not the
      // whole file. A separate worker (`npm run dispatch`) may share the file.
      pool: {
        afterCreate(connection: unknown, done: (error?: Error, connection?: unknown) => void) {
          const sqlite = connection as { pragma(sql: string): unknown };
          sqlite.pragma('journal_mode = WAL');
          sqlite.pragma('synchronous = NORMAL');
          sqlite.pragma('busy_timeout = 5000');
          done(undefined, connection);
        },
      },
    },
  };
};

export default config;
