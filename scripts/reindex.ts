/**
 * `npm run reindex`: rebuilds the hotline search index from what the hotline channel serves
 * now, with a fresh vocabulary (synonyms, matter names), and swaps it in. Prints counts and time.
 */
import { searchRuntime } from '../src/bootstrap/set-up-search';
import { bootStrapi } from './lib/boot';

async function main(): Promise<void> {
  process.env.DISPATCHER = 'off';
  const strapi = await bootStrapi();
  try {
    const { engine, index } = searchRuntime(strapi);
    process.stdout.write('Rebuilding the search index… ');
    const report = await index.rebuild();
    console.log(`done: ${report.documents} documents in ${(report.tookMs / 1000).toFixed(1)} s${report.analyzerChanged ? ', with a new vocabulary' : ''}.`);
    const stats = await engine.stats();
    console.log(JSON.stringify(stats, null, 2));
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
