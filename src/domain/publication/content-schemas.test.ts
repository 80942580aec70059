/**
 * Contract: every example in content-schemas/ validates against its schema (the schema is
 * named by the file's first word: publication.*.json, channels/examples/<channel>.*.json),
 * and every channel example shows the words of the Publication it names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareProjection } from './presenters/projection-text';
import type { ChannelPayload } from './presenters/payloads';
import { type SchemaName, schemaProblems } from './schema-validator';
import { contentHashOf } from './seal';
import type { Publication } from './types';

const ROOT = join(__dirname, '..', '..', '..', 'content-schemas');
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const files = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).map((f) => join(dir, f));

const publications = files('examples');
const payloads = files('channels/examples');

describe('content-schemas examples', () => {
  it('has a Publication example of each kind and an example for every channel', () => {
    expect(publications.map((f) => f.split('.')[1]).sort()).toEqual(['bundle', 'knowledge-point', 'matter']);
    expect(new Set(payloads.map((f) => f.split('/').at(-1)?.split('.')[0]))).toEqual(new Set(['web', 'hotline', 'window', 'kiosk']));
  });

  it.each(publications)('%s validates and carries its own hash', (file) => {
    const publication = read(join(ROOT, file)) as Publication;
    expect(schemaProblems('publication', publication)).toEqual([]);
    expect(publication.contentHash).toBe(contentHashOf(publication));
  });

  it.each(payloads)('%s validates and shows the words of its Publication', (file) => {
    const payload = read(join(ROOT, file)) as ChannelPayload;
    expect(schemaProblems(payload.channel as SchemaName, payload)).toEqual([]);
    const source = publications.map((f) => read(join(ROOT, f)) as Publication).find((p) => p.contentHash === payload.contentHash);
    expect(source).toBeDefined();
    if (source) expect(compareProjection(source, payload)).toEqual([]);
  });

  it('rejects what the schemas forbid', () => {
    const publication = read(join(ROOT, publications[0])) as Record<string, unknown>;
    expect(schemaProblems('publication', { ...publication, extra: 1 })).not.toEqual([]);
    expect(schemaProblems('publication', { ...publication, contentHash: 'abc' })).not.toEqual([]);
    expect(schemaProblems('web', { channel: 'web', html: '<p>x</p>' })).not.toEqual([]);
  });

  it('asks a matter payload for its version and refuses one on a bundle payload', () => {
    const { version, ...unversioned } = read(join(ROOT, 'channels/examples/web.matter.M01.zh-CN.json')) as Record<string, unknown>;
    expect(version).toEqual(expect.any(Number));
    expect(schemaProblems('web', unversioned)).not.toEqual([]);
    const bundle = read(join(ROOT, 'channels/examples/web.bundle.B1.zh-CN.json')) as Record<string, unknown>;
    expect(schemaProblems('web', bundle)).toEqual([]);
    expect(schemaProblems('web', { ...bundle, version: 1 })).not.toEqual([]);
  });
});
