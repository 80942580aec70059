/**
 * The app restarted on the bench's database and saved index, the way production starts it:
 * plain node on the compiled dist/ (no tsx, nothing of the bench in the process), so its RSS
 * is the app's alone. The environment (database file, search folder, secrets) is inherited.
 *
 *   node dist/scripts/bench/search/app-restart-child.js <appDir>
 *
 * Prints one JSON line `{ "port", "bootMs", "documents", "rss" }` when listening on 127.0.0.1,
 * then `{ "rss" }` every 250 ms; SIGTERM destroys Strapi and exits.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStrapi } from '@strapi/strapi';
import { searchRuntime } from '../../../src/bootstrap/set-up-search';

async function main(): Promise<void> {
  const appDir = process.argv[2];
  const started = performance.now();
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const { documents } = await searchRuntime(strapi).engine.stats();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const bootMs = performance.now() - started;
  // Registered after load: Strapi's destroy() removes every process listener anyway.
  process.once('SIGTERM', () => void strapi.destroy().finally(() => process.exit(0)));
  const port = (server.address() as AddressInfo).port;
  console.log(JSON.stringify({ port, bootMs, documents, rss: process.memoryUsage().rss }));
  setInterval(() => console.log(JSON.stringify({ rss: process.memoryUsage().rss })), 250).unref();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
