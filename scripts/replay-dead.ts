/** `npm run replay -- [--channel web] [--subject matter:M01:zh-CN]`: puts dead deliveries back in the queue. */
import { replayDead, type ChannelName } from '../src/publishing/outbox-store';
import { publishingRuntime } from '../src/publishing/runtime';
import { option } from './lib/args';
import { bootStrapi } from './lib/boot';

async function main(): Promise<void> {
  process.env.DISPATCHER = 'off';
  const strapi = await bootStrapi();
  try {
    const channel = option('--channel') as ChannelName | undefined;
    const subjectKey = option('--subject');
    const replayed = await replayDead(strapi, { ...(channel && { channel }), ...(subjectKey && { subjectKey }) });
    console.log(`Replayed ${replayed} dead deliver${replayed === 1 ? 'y' : 'ies'}.`);
    console.log(`Delivered ${await publishingRuntime(strapi).dispatcher.drain()} outbox row(s).`);
  } finally {
    await strapi.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
