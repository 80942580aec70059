/**
 * `npm run lint:guides`: the guide lint over the database (every matter and knowledge point,
 * every locale). Prints the report; exits 1 when there is any error (errors block publishing),
 * 0 when there are only warnings or nothing.
 */
import { countMessages, formatLintReport } from '../src/domain/publication';
import { lintStoredGuides } from '../src/publishing/lint-stored-guides';
import { bootStrapi } from './lib/boot';
import { jargonTerms } from '../src/domain/jargon-terms';

async function main(): Promise<number> {
  const strapi = await bootStrapi();
  try {
    let errors = 0;
    for (const { locale, messages } of await lintStoredGuides(strapi, jargonTerms)) {
      const counts = countMessages(messages);
      errors += counts.errors;
      console.log(`── ${locale}: ${counts.errors} error(s), ${counts.warnings} warning(s)`);
      if (messages.length > 0) console.log(formatLintReport(messages));
    }
    return errors > 0 ? 1 : 0;
  } finally {
    await strapi.destroy();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(2);
});
