/**
 * Production never starts on a default secret: with any one secret missing, Strapi refuses
 * to load and names the variable.
 */
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const saved = { ...process.env };

beforeEach(() => {
  for (const name of SECRETS) process.env[name] = 'a-configured-secret';
  Object.assign(process.env, { NODE_ENV: 'production', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(ROOT, '.tmp', 'never-created.db') });
});
afterAll(() => {
  process.env = saved;
});

test.each(SECRETS)('without %s the app refuses to start and says which variable is missing', (name) => {
  delete process.env[name];
  expect(() => createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') })).toThrow(new RegExp(`${name} is not set`));
});

test('with every secret configured the configuration loads', () => {
  expect(() => createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') })).not.toThrow();
});
