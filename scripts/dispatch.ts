/**
 * `npm run dispatch`: a delivery worker without the HTTP server. Boots the app (whose
 * bootstrap starts the dispatcher) and works off the outbox until stopped (SIGTERM / Ctrl+C).
 * Run one or several next to the web instances; on PostgreSQL each row goes to one worker.
 */
import { bootStrapi } from './lib/boot';

async function main(): Promise<void> {
  process.env.DISPATCHER = 'on';
  const strapi = await bootStrapi();
  console.log(`Dispatcher ${process.pid} is delivering. Stop with Ctrl+C.`);
  const stop = () => {
    strapi.destroy().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
