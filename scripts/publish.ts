/**
 * `npm run publish -- <code> [--locale zh-CN] [--revoke | --rollback <version>]`: publishes the
 * draft of a matter (M01), bundle (B1) or knowledge point (KP-M01-FEE) through the same
 * pipeline as the admin's Publish button, then delivers what is due and prints the release.
 */
import { publishSubject, revokeSubject, rollbackSubject } from '../src/publishing/commands';
import { publishingRuntime } from '../src/publishing/runtime';
import type { SubjectType } from '../src/publishing/subject';
import { option } from './lib/args';
import { bootStrapi } from './lib/boot';

function typeOf(code: string): SubjectType {
  if (code.startsWith('KP-')) return 'knowledgePoint';
  return /^B\d/.test(code) ? 'bundle' : 'matter';
}

async function main(): Promise<void> {
  const code = process.argv[2];
  if (!code || code.startsWith('--')) throw new Error('Usage: npm run publish -- <code> [--locale zh-CN] [--revoke | --rollback <version>]');
  process.env.DISPATCHER = 'off';
  const strapi = await bootStrapi();
  try {
    const subject = { type: typeOf(code), code, locale: option('--locale') ?? 'zh-CN', actor: `cli:${process.env.USER ?? 'operator'}` };
    const rollback = option('--rollback');
    let recorded;
    if (process.argv.includes('--revoke')) recorded = await revokeSubject(strapi, subject);
    else if (rollback) recorded = await rollbackSubject(strapi, { ...subject, version: Number(rollback) });
    else recorded = await publishSubject(strapi, subject);
    const { release, created } = recorded;
    console.log(created ? `Released ${code} ${subject.locale} v${release?.version} (${release?.action}) ${release?.contentHash ?? ''}` : `Nothing changed: ${code} ${subject.locale} stays at v${release?.version}`);
    const delivered = await publishingRuntime(strapi).dispatcher.drain();
    console.log(`Delivered ${delivered} outbox row(s).`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  const details = (error as { details?: { report?: string } }).details;
  if (details?.report) console.error(details.report);
  process.exit(1);
});
