/** The conformance suite against the embedded engine, plus what only it does: save, load, rebuild. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedEngine } from '../embedded/embedded-engine';
import { openSearch } from '../open-search';
import { describeConformance } from './conformance-suite';
import { FIXTURE_DOCUMENTS, fixtureAnalyzer, NOW } from './fixtures';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongyuan-search-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describeConformance('embedded', async () => new EmbeddedEngine(fixtureAnalyzer(), { dataDir: tempDir() }));

describe('embedded: on disk', () => {
  test('a restart loads the saved index instead of rebuilding it', async () => {
    const dataDir = tempDir();
    const first = new EmbeddedEngine(fixtureAnalyzer(), { dataDir });
    await first.open();
    await first.reindex(FIXTURE_DOCUMENTS);
    const before = await first.search({ text: '公积金租房', locale: 'zh-CN', at: NOW });
    await first.close();
    const second = new EmbeddedEngine(fixtureAnalyzer(), { dataDir });
    await second.open();
    expect((await second.stats()).needsReindex).toBe(false);
    const after = await second.search({ text: '公积金租房', locale: 'zh-CN', at: NOW });
    expect(after.hits.map((h) => [h.id, h.score])).toEqual(before.hits.map((h) => [h.id, h.score]));
    expect(after.facets).toEqual(before.facets);
  });

  test('openSearch at boot rebuilds the analyzer from the saved vocabulary and loads the index', async () => {
    const dataDir = tempDir();
    const first = new EmbeddedEngine(fixtureAnalyzer(), { dataDir });
    await first.reindex(FIXTURE_DOCUMENTS);
    await first.close();
    const loadVocabulary = jest.fn(async () => fixtureAnalyzer().vocabulary);
    const opened = await openSearch({ config: { engine: 'embedded', dataDir }, loadVocabulary });
    expect(opened.needsReindex).toBe(false);
    expect(loadVocabulary).not.toHaveBeenCalled();
    expect(opened.analyzer.fingerprint).toBe(fixtureAnalyzer().fingerprint);
    expect((await opened.engine.search({ text: '公积金租房', locale: 'zh-CN', at: NOW })).hits[0].code).toBe('FX-KP-RENT');
    await opened.engine.close();
  });

  test('openSearch on an empty folder asks the content store for the vocabulary and for a reindex', async () => {
    const loadVocabulary = jest.fn(async () => fixtureAnalyzer().vocabulary);
    const opened = await openSearch({ config: { engine: 'embedded', dataDir: tempDir() }, loadVocabulary });
    expect(loadVocabulary).toHaveBeenCalledTimes(1);
    expect(opened.needsReindex).toBe(true);
  });

  test('writes after a load are saved too (upsert, then restart)', async () => {
    const dataDir = tempDir();
    const engine = new EmbeddedEngine(fixtureAnalyzer(), { dataDir, saveDelayMs: 10 });
    await engine.open();
    await engine.reindex(FIXTURE_DOCUMENTS.slice(0, 3));
    await engine.upsert([FIXTURE_DOCUMENTS[4]]);
    await engine.close();
    const reopened = new EmbeddedEngine(fixtureAnalyzer(), { dataDir });
    await reopened.open();
    expect((await reopened.stats()).documents).toBe(4);
  });

  test('a file from another format or analyzer is not loaded: the engine asks for a reindex', async () => {
    const dataDir = tempDir();
    const engine = new EmbeddedEngine(fixtureAnalyzer(), { dataDir });
    await engine.open();
    await engine.reindex(FIXTURE_DOCUMENTS);
    await engine.close();
    const file = path.join(dataDir, 'embedded-index.ndjson');
    const text = fs.readFileSync(file);
    const newline = text.indexOf(0x0a);
    const header = JSON.parse(text.toString('utf8', 0, newline)) as Record<string, unknown>;
    fs.writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify({ ...header, analyzer: 'something-else' })), text.subarray(newline)]));
    const lines: string[] = [];
    const reopened = new EmbeddedEngine(fixtureAnalyzer(), { dataDir, log: (line) => lines.push(line) });
    await reopened.open();
    expect((await reopened.stats()).needsReindex).toBe(true);
    expect(lines.join('\n')).toMatch(/reindex is needed/);
  });

  test('searches are answered from the old index while a reindex runs', async () => {
    const engine = new EmbeddedEngine(fixtureAnalyzer(), { chunkSize: 1 });
    await engine.reindex(FIXTURE_DOCUMENTS);
    const rebuilding = engine.reindex(FIXTURE_DOCUMENTS.filter((doc) => doc.code !== 'FX-KP-RENT'));
    const during = await engine.search({ text: '租房提取住房公积金', locale: 'zh-CN', at: NOW });
    expect((await engine.stats()).reindexing).toBe(true);
    expect(during.hits[0].code).toBe('FX-KP-RENT');
    await rebuilding;
    const after = await engine.search({ text: '租房提取住房公积金', locale: 'zh-CN', at: NOW });
    expect(after.hits.map((h) => h.code)).not.toContain('FX-KP-RENT');
  });

  test('an upsert that arrives during a reindex is kept after the swap', async () => {
    const engine = new EmbeddedEngine(fixtureAnalyzer(), { chunkSize: 1 });
    const rebuilding = engine.reindex(FIXTURE_DOCUMENTS.slice(0, 5));
    await engine.upsert([FIXTURE_DOCUMENTS[6]]);
    await rebuilding;
    expect((await engine.stats()).documents).toBe(6);
  });
});
