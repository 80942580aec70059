/**
 * The Meilisearch adapter against a stub of Meilisearch's HTTP API (no server can run here):
 * the calls it makes, in order, and how it maps results and failures. The behaviour of a real
 * server is covered by the conformance suite when MEILI_HOST is set.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixtureAnalyzer, FIXTURE_DOCUMENTS, NOW } from '../conformance/fixtures';
import { SearchEngineUnavailable } from '../errors/search-engine-unavailable';
import { SearchTaskFailed } from '../errors/search-task-failed';
import { SearchTimeout } from '../errors/search-timeout';
import { createMeilisearchClient } from './meilisearch-client';
import { MeilisearchEngine } from './meilisearch-engine';

type Call = { method: string; path: string; body: unknown };
type Stub = { url: string; calls: Call[]; indexes: Map<string, unknown[]>; taskStatus: string; close(): Promise<void> };

async function startStub(): Promise<Stub> {
  const stub = { calls: [] as Call[], indexes: new Map<string, unknown[]>(), taskStatus: 'succeeded' };
  let taskUid = 0;
  const enqueued = (indexUid: string | null, type: string) => ({ taskUid: ++taskUid, indexUid, status: 'enqueued', type, enqueuedAt: new Date().toISOString() });
  const route = (method: string, path: string, body: unknown): [number, unknown] => {
    const [, first, uid, rest] = path.split('?')[0].split('/');
    if (first === 'tasks') return [200, { uid: Number(uid), status: stub.taskStatus, type: 'x', error: stub.taskStatus === 'failed' ? { message: 'bad document' } : null }];
    if (first === 'swap-indexes') {
      const [a, b] = (body as Array<{ indexes: [string, string] }>)[0].indexes;
      const docsA = stub.indexes.get(a) ?? [];
      stub.indexes.set(a, stub.indexes.get(b) ?? []);
      stub.indexes.set(b, docsA);
      return [202, enqueued(null, 'indexSwap')];
    }
    if (method === 'GET' && !uid) return [200, { results: [...stub.indexes.keys()].map((u) => ({ uid: u, primaryKey: 'id' })), offset: 0, limit: 1000, total: stub.indexes.size }];
    if (method === 'POST' && !uid) {
      stub.indexes.set((body as { uid: string }).uid, []);
      return [202, enqueued((body as { uid: string }).uid, 'indexCreation')];
    }
    if (method === 'DELETE' && !rest) {
      stub.indexes.delete(uid);
      return [202, enqueued(uid, 'indexDeletion')];
    }
    if (rest === 'settings') return [202, enqueued(uid, 'settingsUpdate')];
    if (rest === 'documents') {
      stub.indexes.get(uid)?.push(...(body as unknown[]));
      return [202, enqueued(uid, 'documentAdditionOrUpdate')];
    }
    if (rest === 'search') {
      const hits = (stub.indexes.get(uid) ?? []).slice(0, 2).map((doc) => ({ ...(doc as object), _rankingScore: 0.5 }));
      return [200, { hits, estimatedTotalHits: 7, facetDistribution: { type: { knowledgePoint: 7 } }, processingTimeMs: 1, query: '', limit: 2, offset: 0 }];
    }
    if (rest === 'stats') return [200, { numberOfDocuments: (stub.indexes.get(uid) ?? []).length, isIndexing: false, rawDocumentDbSize: 1234 }];
    return [404, { message: `no route ${method} ${path}`, code: 'not_found', type: 'invalid_request', link: '' }];
  };
  const server = http.createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    request.on('end', () => {
      const body: unknown = raw === '' ? undefined : JSON.parse(raw);
      stub.calls.push({ method: request.method ?? '', path: request.url ?? '', body });
      const [status, payload] = route(request.method ?? '', request.url ?? '', body);
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { ...stub, get taskStatus() { return stub.taskStatus; }, set taskStatus(v) { stub.taskStatus = v; }, url, close: () => new Promise((r) => server.close(() => r())) };
}

let stub: Stub;
const engineFor = (url: string, taskTimeoutMs = 2000) =>
  new MeilisearchEngine(createMeilisearchClient({ host: url, requestTimeoutMs: 2000, taskTimeoutMs }), fixtureAnalyzer(), { indexUid: 'kb' });
const paths = () => stub.calls.filter((c) => !c.path.startsWith('/tasks')).map((c) => `${c.method} ${c.path.split('?')[0]}`);

beforeEach(async () => {
  stub = await startStub();
});
afterEach(async () => stub.close());

test('open creates the index and pushes the settings', async () => {
  await engineFor(stub.url).open();
  expect(paths()).toEqual(['GET /indexes', 'POST /indexes', 'PATCH /indexes/kb/settings']);
  const settings = stub.calls.find((c) => c.method === 'PATCH')?.body as Record<string, unknown>;
  expect(settings.distinctAttribute).toBe('distinctKey');
  expect((settings.synonyms as Record<string, string[]>)['红本']).toEqual(['不动产权证书']);
});

test('reindex fills a fresh index, swaps it with the live one and deletes the old data', async () => {
  await engineFor(stub.url).reindex(FIXTURE_DOCUMENTS);
  expect(paths()).toEqual([
    'GET /indexes', 'GET /indexes', 'POST /indexes', 'PATCH /indexes/kb-reindex/settings', 'POST /indexes/kb-reindex/documents',
    'GET /indexes', 'GET /indexes', 'POST /indexes', 'PATCH /indexes/kb/settings', 'POST /swap-indexes', 'DELETE /indexes/kb-reindex',
  ]);
  expect(stub.calls.find((c) => c.path === '/swap-indexes')?.body).toEqual([{ indexes: ['kb', 'kb-reindex'], rename: false }]);
  expect(stub.indexes.get('kb')).toHaveLength(FIXTURE_DOCUMENTS.length);
});

test('search sends our analysed words and the filter, and maps hits, facets and highlights', async () => {
  const engine = engineFor(stub.url);
  await engine.reindex(FIXTURE_DOCUMENTS);
  const result = await engine.search({ text: '補辦身份證', locale: 'zh-CN', at: NOW, limit: 2 });
  const request = stub.calls.find((c) => c.path.endsWith('/search'))?.body as Record<string, unknown>;
  expect(request.q).toMatch(/^补办身份证/);
  expect(request.filter).toMatch(/^locale = "zh-CN" AND status = "published"/);
  expect(result.engine).toBe('meilisearch');
  expect(result.total).toBe(7);
  expect(result.facets.type).toEqual({ knowledgePoint: 7 });
  expect(result.hits[0]).toEqual(expect.objectContaining({ code: FIXTURE_DOCUMENTS[0].code, score: 0.5, active: true }));
  expect(result.hits[0].titleHtml).toContain('<mark>');
});

test('a failed indexing task is SearchTaskFailed with the reason', async () => {
  stub.taskStatus = 'failed';
  await expect(engineFor(stub.url).upsert([FIXTURE_DOCUMENTS[0]])).rejects.toThrow(SearchTaskFailed);
  await expect(engineFor(stub.url).upsert([FIXTURE_DOCUMENTS[0]])).rejects.toThrow(/bad document/);
});

test('a task that does not finish in time is SearchTimeout', async () => {
  stub.taskStatus = 'processing';
  await expect(engineFor(stub.url, 200).upsert([FIXTURE_DOCUMENTS[0]])).rejects.toThrow(SearchTimeout);
});

test('an unreachable server is SearchEngineUnavailable', async () => {
  await expect(engineFor('http://127.0.0.1:9').search({ text: '身份证', locale: 'zh-CN' })).rejects.toThrow(SearchEngineUnavailable);
});
