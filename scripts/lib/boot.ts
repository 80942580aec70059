/**
 * Boots the compiled app (dist/) for scripts: environment from .env, Strapi loaded but not
 * listening. The caller decides whether to start the HTTP server.
 */
import path from 'node:path';
import fs from 'node:fs';
import dotenv from 'dotenv';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';

export const ROOT = path.resolve(__dirname, '..', '..');

/** Loads .env (without overriding the real environment) and boots Strapi. */
export async function bootStrapi(): Promise<Core.Strapi> {
  dotenv.config({ path: path.join(ROOT, '.env'), quiet: true });
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) {
    throw new Error('The app is not built yet: run `npm run build` first');
  }
  return createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
}
