/**
 * Random secrets for a throwaway app (tests, benchmarks, evaluation): every secret the app
 * requires, fresh per run, never written anywhere.
 */
import { randomBytes } from 'node:crypto';

/** The six secrets the app refuses to start without, each a fresh random value. */
export function randomSecrets(): Record<string, string> {
  const secret = () => randomBytes(16).toString('base64');
  return {
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
}
