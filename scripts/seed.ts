/** `npm run seed`: loads the Dongguan sample content into the configured database. */
import { bootStrapi } from './lib/boot';
import { seedSampleContent } from './seed/seed-content';

async function main(): Promise<void> {
  const strapi = await bootStrapi();
  try {
    const started = Date.now();
    console.log('Seeding the Dongguan sample content…');
    const report = await seedSampleContent(strapi);
    const changed = report.tallies.reduce((sum, t) => sum + t.created + t.updated, 0) + report.formsUploaded;
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${changed} change(s).`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
