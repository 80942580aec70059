/**
 * Development convenience: writes a local .env from .env.example with every secret and the
 * first admin's password filled with random values, so a newcomer types nothing. Never runs
 * in production, and never overwrites an existing .env.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const RANDOM = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];

function secret(): string {
  return randomBytes(24).toString('base64');
}

function generatedValue(name: string): string | undefined {
  if (RANDOM.includes(name)) return secret();
  if (name === 'APP_KEYS') return [secret(), secret(), secret()].join(',');
  if (name === 'ADMIN_EMAIL') return 'admin@tongyuan.local';
  if (name === 'ADMIN_PASSWORD') return `Ty-${randomBytes(9).toString('base64url')}9`;
  if (name === 'HOTLINE_DEMO_PASSWORD') return `Hl-${randomBytes(6).toString('base64url')}7`;
  return undefined;
}

/** Creates .env if missing; returns true when it wrote one. */
export function ensureLocalEnv(root = ROOT): boolean {
  const target = path.join(root, '.env');
  if (fs.existsSync(target)) return false;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('No .env in production: configure the environment (see .env.example); nothing is generated.');
  }
  const lines = fs.readFileSync(path.join(root, '.env.example'), 'utf8').split('\n').map((line) => {
    const match = /^([A-Z_]+)=$/.exec(line);
    const value = match ? generatedValue(match[1]) : undefined;
    return value === undefined ? line : `${match![1]}=${value}`;
  });
  fs.writeFileSync(target, lines.join('\n'), { mode: 0o600 });
  return true;
}

if (require.main === module) {
  console.log(ensureLocalEnv() ? 'Wrote .env with random development secrets.' : '.env exists; left as it is.');
}
