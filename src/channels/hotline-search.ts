/**
 * The hotline channel's search index: each release delivered to the hotline is indexed from
 * the document it was released from (release.source), with the release's version, hash and
 * effective dates; a revoke keeps the last text findable as revoked. A full rebuild reads the
 * releases every channel serves now and refreshes the analyzer's vocabulary (synonyms, matter
 * names) when it changed.
 */
import type { Core } from '@strapi/strapi';
import type { Bundle, Department, KnowledgePoint, Matter, Synonym } from '../domain/guide';
import { readDocuments } from '../records/read-documents';
import { releaseByVersion, type Release } from '../publishing/release-store';
import {
  buildAnalysisVocabulary, bundleSearchDocument, byCode, createAnalyzer, knowledgePointSearchDocument, matterSearchDocument,
  searchDocumentId, type SearchBuildContext, type SearchDocument, type SearchEngine,
} from '../search';
import type { AfterApply } from './read-model-channel';
import { listStates } from './channel-state-store';

const SEARCH_TYPE = { matter: 'matter', bundle: 'bundle', knowledgePoint: 'knowledgePoint' } as const;

/** Same-locale departments, matters and bundles by code, read once per locale and build. */
async function buildContext(strapi: Core.Strapi, locale: string): Promise<SearchBuildContext> {
  const read = async <T>(type: 'department' | 'matter' | 'bundle') =>
    (await readDocuments(strapi, type, { locale, status: 'published' })).map((d) => d.value as T);
  return {
    departments: byCode(await read<Department>('department')),
    matters: byCode(await read<Matter>('matter')),
    bundles: byCode(await read<Bundle>('bundle')),
  };
}

/** The search document of a release, or undefined when there is no text to index. */
export function searchDocumentOf(release: Release, context: SearchBuildContext): SearchDocument | undefined {
  if (!release.source) return undefined;
  const meta = {
    documentId: release.subjectDocumentId,
    locale: release.locale,
    contentHash: release.contentHash ?? '',
    version: release.version,
    effectiveFrom: release.effectiveFrom.toISOString(),
    effectiveTo: release.effectiveTo?.toISOString(),
    status: release.action === 'revoke' ? ('revoked' as const) : ('published' as const),
  };
  if (release.subjectType === 'knowledgePoint') return knowledgePointSearchDocument(release.source as KnowledgePoint, meta, context);
  if (release.subjectType === 'bundle') return bundleSearchDocument(release.source as Bundle, meta, context);
  return matterSearchDocument(release.source as Matter, meta, context);
}

/** Every document the hotline serves now, as search documents. */
export async function searchDocumentsInForce(strapi: Core.Strapi): Promise<SearchDocument[]> {
  const contexts = new Map<string, SearchBuildContext>();
  const documents: SearchDocument[] = [];
  for (const state of await listStates(strapi, 'hotline')) {
    const subject = { type: state.subjectType, code: state.subjectCode, locale: state.locale };
    const release = await releaseByVersion(strapi, subject, state.version);
    if (!release) continue;
    if (!contexts.has(state.locale)) contexts.set(state.locale, await buildContext(strapi, state.locale));
    const document = searchDocumentOf(release, contexts.get(state.locale)!);
    if (document) documents.push(document);
  }
  return documents;
}

export type HotlineIndex = {
  afterApply: AfterApply;
  /** Rebuilds the index from what is served now, with a fresh vocabulary if it changed. */
  rebuild(): Promise<{ documents: number; analyzerChanged: boolean; tookMs: number }>;
  /** Asks for a rebuild soon (synonyms or names changed); calls within the delay merge. */
  scheduleRebuild(delayMs?: number): void;
  /** Cancels a scheduled rebuild and waits for a running one (shutdown). */
  close(): Promise<void>;
};

/** The hotline channel's indexing step and rebuilds, over one engine. */
export function createHotlineIndex(strapi: Core.Strapi, engine: SearchEngine, analyzerFingerprint: string): HotlineIndex {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let fingerprint = analyzerFingerprint;
  const contexts = new Map<string, { at: number; context: Promise<SearchBuildContext> }>();

  /** Contexts are reused for two seconds: a burst of deliveries reads departments and matters once. */
  function contextFor(locale: string): Promise<SearchBuildContext> {
    const cached = contexts.get(locale);
    if (cached && Date.now() - cached.at < 2000) return cached.context;
    const context = buildContext(strapi, locale);
    contexts.set(locale, { at: Date.now(), context });
    return context;
  }

  async function rebuild() {
    const started = Date.now();
    const documents = await searchDocumentsInForce(strapi);
    const synonyms = (await readDocuments(strapi, 'synonym', { status: 'published' })).map((d) => d.value as Synonym);
    const analyzer = createAnalyzer(buildAnalysisVocabulary({ synonyms, documents }));
    const analyzerChanged = analyzer.fingerprint !== fingerprint;
    await engine.reindex(documents, analyzerChanged ? { analyzer } : undefined);
    fingerprint = analyzer.fingerprint;
    return { documents: documents.length, analyzerChanged, tookMs: Date.now() - started };
  }

  return {
    async afterApply(input) {
      const release = input.release;
      const document = searchDocumentOf(release, await contextFor(release.locale));
      const id = searchDocumentId(SEARCH_TYPE[release.subjectType], release.subjectDocumentId, release.locale);
      if (document) await engine.upsert([document]);
      else await engine.delete([id]);
      return { indexed: id };
    },
    rebuild,
    scheduleRebuild(delayMs = 2000) {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(rebuild).catch((error: unknown) => strapi.log.error(`Search rebuild failed: ${String(error)}`));
      }, delayMs);
    },
    async close() {
      clearTimeout(timer);
      await running;
    },
  };
}
