/** Builds the configured SearchEngine around an analyzer (wiring calls this once at bootstrap). */
import type { Analyzer } from './analysis/analyzer';
import { EmbeddedEngine } from './embedded/embedded-engine';
import { createMeilisearchClient } from './meilisearch/meilisearch-client';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';
import type { SearchConfig } from './search-config';
import type { SearchEngine } from './search-engine';

/** The engine for this configuration; call `open()` on it before use. */
export function createSearchEngine(config: SearchConfig, analyzer: Analyzer, log?: (line: string) => void): SearchEngine {
  if (config.engine === 'meilisearch') {
    const client = createMeilisearchClient(config);
    return new MeilisearchEngine(client, analyzer, { indexUid: config.indexUid });
  }
  return new EmbeddedEngine(analyzer, { dataDir: config.dataDir, log });
}
