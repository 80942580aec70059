/**
 * Opens hotline search at start-up: the configured engine (embedded by default, Meilisearch
 * with MEILI_HOST), loaded from disk when its saved index is usable, rebuilt in the background
 * otherwise. Synonym edits and published names schedule a rebuild with a fresh vocabulary.
 */
import type { Core } from '@strapi/strapi';
import { createHotlineIndex, searchDocumentsInForce, type HotlineIndex } from '../channels/hotline-search';
import type { Synonym } from '../domain/guide';
import { readDocuments } from '../records/read-documents';
import { appService, registerAppService } from '../runtime/app-services';
import { buildAnalysisVocabulary, openSearch, searchConfigFromEnv, type SearchEngine } from '../search';

export type SearchRuntime = { engine: SearchEngine; index: HotlineIndex };

const NAME = 'tongyuan-search';

/** The search runtime of an app; throws if bootstrap has not opened it. */
export function searchRuntime(strapi: Core.Strapi): SearchRuntime {
  return appService<SearchRuntime>(strapi, NAME, 'setUpSearch');
}

async function vocabularyFromStore(strapi: Core.Strapi) {
  const synonyms = (await readDocuments(strapi, 'synonym', { status: 'published' })).map((d) => d.value as Synonym);
  return buildAnalysisVocabulary({ synonyms, documents: await searchDocumentsInForce(strapi) });
}

/** Opens the engine, registers the runtime and starts a rebuild if the index needs one. */
export async function setUpSearch(strapi: Core.Strapi): Promise<SearchRuntime> {
  const opened = await openSearch({
    config: searchConfigFromEnv(process.env, strapi.dirs.app.root),
    loadVocabulary: () => vocabularyFromStore(strapi),
    log: (line) => strapi.log.warn(line),
  });
  const index = createHotlineIndex(strapi, opened.engine, opened.analyzer.fingerprint);
  const runtime = { engine: opened.engine, index };
  registerAppService(strapi, NAME, runtime);
  if (opened.needsReindex) index.scheduleRebuild(0);
  return runtime;
}

/** Rebuilds when the words search understands change: synonyms edited, matters or bundles published. */
export function registerSearchVocabularyWatch(strapi: Core.Strapi): void {
  const triggers: Record<string, Set<string>> = {
    'api::synonym.synonym': new Set(['create', 'update', 'delete']),
    'api::matter.matter': new Set(['publish', 'unpublish']),
    'api::bundle.bundle': new Set(['publish', 'unpublish']),
  };
  const middleware = async (context: { uid: string; action: string }, next: () => Promise<unknown>) => {
    const result = await next();
    if (triggers[context.uid]?.has(context.action)) searchRuntime(strapi).index.scheduleRebuild();
    return result;
  };
  strapi.documents.use(middleware as never);
}

export async function closeSearch(strapi: Core.Strapi): Promise<void> {
  const runtime = searchRuntime(strapi);
  await runtime.index.close();
  await runtime.engine.close();
}
