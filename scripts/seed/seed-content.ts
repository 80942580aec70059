/**
 * Loads the Dongguan sample content: departments, service locations, sample forms, the eight
 * matters with full guides, the three bundles, the knowledge points and the synonym list, in
 * zh-CN, zh-HK and (partly) en. Idempotent: a second run reports everything unchanged.
 */
import type { Core } from '@strapi/strapi';
import type { Asset, Matter } from '../../src/domain/guide';
import { mapAt } from '../../src/domain/paths';
import type { DomainOf, RecordRefs, RecordType } from '../../src/records/records';
import { synonyms } from './data/synonyms';
import { sampleSets } from './sample-sets';
import { ensureSampleForms, type StoredFile } from './sample-forms';
import { upsertDocument, type UpsertOutcome } from './upsert-document';

export type SeedTally = { type: RecordType; locale: string; created: number; updated: number; unchanged: number };
export type SeedReport = { tallies: SeedTally[]; formsUploaded: number };

type Log = (line: string) => void;

const KEY_FIELD: Record<RecordType, string> = {
  department: 'code', 'service-location': 'code', matter: 'code', bundle: 'code', 'knowledge-point': 'code', synonym: 'canonical',
};

function keyOf<T extends RecordType>(type: T, value: DomainOf[T]): string {
  return String((value as Record<string, unknown>)[KEY_FIELD[type]]);
}

function withStoredAssets(matter: Matter, files: Map<string, StoredFile>): Matter {
  const stored = (asset: unknown) => {
    const file = files.get((asset as Asset).url);
    if (!file) throw new Error(`Sample form ${(asset as Asset).url} was not uploaded`);
    return { name: file.name, url: file.url, mime: file.mime };
  };
  let out: unknown = matter;
  for (const path of ['resultSample', 'materials.*.blankForm', 'materials.*.sampleForm']) out = mapAt(out, path, stored);
  return out as Matter;
}

function createRefs(files: Map<string, StoredFile>): RecordRefs & { remember(type: RecordType, code: string, documentId: string): void } {
  const ids = new Map<string, string>();
  const fileIds = new Map([...files.values()].map((file) => [file.url, file.id]));
  return {
    remember: (type, code, documentId) => ids.set(`${type}:${code}`, documentId),
    documentIdOf(type, code) {
      const id = ids.get(`${type}:${code}`);
      if (!id) throw new Error(`Sample data refers to ${type} "${code}", which is not in the sample set`);
      return id;
    },
    fileIdOf(asset) {
      const id = fileIds.get(asset.url);
      if (id === undefined) throw new Error(`No stored file for ${asset.url}`);
      return id;
    },
  };
}

async function seedType<T extends RecordType>(
  strapi: Core.Strapi, type: T, locale: string | undefined, items: DomainOf[T][], refs: ReturnType<typeof createRefs>, log: Log,
): Promise<SeedTally> {
  const tally: SeedTally = { type, locale: locale ?? '-', created: 0, updated: 0, unchanged: 0 };
  for (const desired of items) {
    const key = { field: KEY_FIELD[type], value: keyOf(type, desired) };
    const { outcome, documentId } = await upsertDocument(strapi, { type, locale, key, desired, draftAndPublish: type !== 'synonym' }, refs);
    refs.remember(type, key.value, documentId);
    tally[outcome satisfies UpsertOutcome] += 1;
  }
  log(`  ${type.padEnd(16)} ${tally.locale.padEnd(6)} ${String(items.length).padStart(3)}: ${tally.created} created, ${tally.updated} updated, ${tally.unchanged} unchanged`);
  return tally;
}

/** Seeds the sample content and reports what it created, updated or left alone. */
export async function seedSampleContent(strapi: Core.Strapi, log: Log = console.log): Promise<SeedReport> {
  const sets = sampleSets();
  const { files, uploaded } = await ensureSampleForms(strapi, sets.flatMap((set) => set.matters));
  log(`  sample forms: ${files.size} (${uploaded} uploaded)`);
  const refs = createRefs(files);
  const tallies: SeedTally[] = [];
  for (const set of sets) {
    tallies.push(await seedType(strapi, 'department', set.locale, set.departments, refs, log));
    tallies.push(await seedType(strapi, 'service-location', set.locale, set.locations, refs, log));
    tallies.push(await seedType(strapi, 'matter', set.locale, set.matters.map((m) => withStoredAssets(m, files)), refs, log));
    tallies.push(await seedType(strapi, 'bundle', set.locale, set.bundles, refs, log));
    tallies.push(await seedType(strapi, 'knowledge-point', set.locale, set.knowledgePoints, refs, log));
  }
  tallies.push(await seedType(strapi, 'synonym', undefined, synonyms, refs, log));
  return { tallies, formsUploaded: uploaded };
}
