/**
 * The conformance suite against a real Meilisearch, when MEILI_HOST is set (MEILI_MASTER_KEY
 * if the server needs one). Each run uses its own index and deletes it afterwards.
 */
import { createMeilisearchClient } from '../meilisearch/meilisearch-client';
import { MeilisearchEngine } from '../meilisearch/meilisearch-engine';
import { describeConformance } from './conformance-suite';
import { fixtureAnalyzer } from './fixtures';

const host = process.env.MEILI_HOST;
const connection = { host: host ?? '', apiKey: process.env.MEILI_MASTER_KEY, requestTimeoutMs: 10_000, taskTimeoutMs: 60_000 };
const indexUid = `tongyuan-conformance-${process.pid}-${Date.now()}`;

if (!host) {
  // Straight to the terminal: Jest drops console output of a file whose tests are all skipped.
  process.stderr.write('meilisearch conformance skipped: MEILI_HOST is not set. Point it at a Meilisearch server (and MEILI_MASTER_KEY) to run the same suite against it.\n');
}

(host ? describe : describe.skip)('meilisearch (MEILI_HOST)', () => {
  afterAll(async () => {
    const client = createMeilisearchClient(connection);
    for (const uid of [indexUid, `${indexUid}-reindex`]) await client.deleteIndexIfExists(uid);
  });

  describeConformance('meilisearch', async () => new MeilisearchEngine(createMeilisearchClient(connection), fixtureAnalyzer(), { indexUid }));
});
