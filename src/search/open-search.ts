/**
 * Opening search at boot, the way the Strapi wiring should: the embedded engine rebuilds its
 * analyzer from the vocabulary saved with its index (so the index loads, not rebuilds);
 * otherwise the vocabulary comes from the content store. The caller reindexes when told to.
 */
import { createAnalyzer, type Analyzer } from './analysis/analyzer';
import type { AnalysisVocabulary } from './analysis/vocabulary';
import { createSearchEngine } from './create-search-engine';
import { readSavedVocabulary } from './embedded/saved-vocabulary';
import type { SearchConfig } from './search-config';
import type { SearchEngine } from './search-engine';

export type OpenSearchOptions = {
  config: SearchConfig;
  /** The vocabulary from the content store: buildAnalysisVocabulary({ synonyms, matters, bundles, knowledgePoints }). */
  loadVocabulary: () => Promise<AnalysisVocabulary>;
  log?: (line: string) => void;
};

export type OpenedSearch = {
  engine: SearchEngine;
  analyzer: Analyzer;
  /** Nothing usable was loaded: call engine.reindex(allDocuments) (in the background is fine). */
  needsReindex: boolean;
};

async function open(config: SearchConfig, vocabulary: AnalysisVocabulary, log?: (line: string) => void): Promise<OpenedSearch> {
  const analyzer = createAnalyzer(vocabulary);
  const engine = createSearchEngine(config, analyzer, log);
  await engine.open();
  return { engine, analyzer, needsReindex: (await engine.stats()).needsReindex };
}

/** Builds the analyzer, opens the configured engine and says whether it needs a reindex. */
export async function openSearch(options: OpenSearchOptions): Promise<OpenedSearch> {
  const saved = options.config.engine === 'embedded' ? readSavedVocabulary(options.config.dataDir) : undefined;
  if (saved) {
    const opened = await open(options.config, saved, options.log);
    if (!opened.needsReindex) return opened;
    await opened.engine.close();
  }
  return open(options.config, await options.loadVocabulary(), options.log);
}
