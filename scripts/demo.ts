/**
 * `npm run demo`: everything a newcomer needs, on the embedded defaults. Writes a local .env
 * with random secrets if there is none, builds the admin panel and the server when sources
 * changed, loads the sample content (idempotent), creates the first admin and starts the CMS.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureLocalEnv } from './env-init';
import { ROOT, bootStrapi } from './lib/boot';
import { ensureAdmin } from './seed/ensure-admin';
import { seedSampleContent } from './seed/seed-content';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfStale(): void {
  const marker = path.join(ROOT, 'dist', 'build', 'index.html');
  const sources = Math.max(...['src', 'config', 'scripts'].map((dir) => newestMtime(path.join(ROOT, dir))));
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > sources) return;
  console.log('Building the admin panel and the server (about a minute on 2 cores)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed');
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (see .env.example)`);
  return value;
}

async function main(): Promise<void> {
  process.env.NODE_ENV ??= 'development';
  if (ensureLocalEnv()) console.log('Wrote .env with random development secrets and an admin password.');
  buildIfStale();
  const strapi = await bootStrapi();
  console.log('Loading the Dongguan sample content…');
  await seedSampleContent(strapi);
  const admin = await ensureAdmin(strapi, requireEnv('ADMIN_EMAIL'), requireEnv('ADMIN_PASSWORD'));
  await strapi.start();
  const base = `http://localhost:${process.env.PORT ?? 1337}`;
  console.log([
    '',
    'Tongyuan is running.',
    `  Admin panel:   ${base}/admin`,
    `  Admin user:    ${admin.email}  password: ${admin.created ? process.env.ADMIN_PASSWORD : '(unchanged, see ADMIN_PASSWORD in .env)'}`,
    `  Content API:   ${base}/api/matters?filters[code][$eq]=M01&locale=zh-CN`,
    `  Hong Kong:     ${base}/api/matters?filters[code][$eq]=M01&locale=zh-HK`,
    `  Knowledge:     ${base}/api/knowledge-points?filters[code][$eq]=KP-M01-FEE`,
    `  Hotline:       ${base}/hotline  (agent / ${process.env.HOTLINE_DEMO_PASSWORD ? process.env.HOTLINE_DEMO_PASSWORD : 'set HOTLINE_DEMO_PASSWORD'}; office report ${base}/hotline/report as office)`,
    'Stop with Ctrl+C.',
  ].join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
