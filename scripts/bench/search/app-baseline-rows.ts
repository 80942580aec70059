/**
 * The baseline's data: the bench's knowledge points as published zh-CN rows of Strapi's own
 * knowledge_points table, written with one batched knex insert (the document service would
 * take minutes for 50,000). Only the columns the REST filter and its answer read, plus what
 * every published row has; relations and the owner component are left out.
 */
import type { Core } from '@strapi/strapi';
import type { KnowledgePoint } from '../../../src/domain/guide';
import { newDocumentId } from '../../../src/publishing/store-support';

const UID = 'api::knowledge-point.knowledge-point';

type Metadata = { tableName: string; attributes: Record<string, { columnName?: string }> };

function rowOf(point: KnowledgePoint, at: Date, column: (attribute: string) => string): Record<string, unknown> {
  const values: Record<string, unknown> = {
    documentId: newDocumentId(), locale: 'zh-CN', publishedAt: at, createdAt: at, updatedAt: at,
    code: point.code, standardQuestion: point.standardQuestion, answer: point.answer, plainAnswer: point.plainAnswer ?? null,
    kind: point.kind, categoryPath: point.categoryPath, version: point.version, lockVersion: 0,
    effectiveFrom: new Date(point.effectiveFrom), effectiveTo: point.effectiveTo ? new Date(point.effectiveTo) : null,
    similarQuestions: JSON.stringify(point.similarQuestions), keywords: JSON.stringify(point.keywords),
  };
  return Object.fromEntries(Object.entries(values).map(([attribute, value]) => [column(attribute), value]));
}

/** Inserts the points as published rows; returns how many the table then holds published. */
export async function insertBaselineRows(strapi: Core.Strapi, points: readonly KnowledgePoint[], batch = 500): Promise<number> {
  const metadata = strapi.db.metadata.get(UID as never) as unknown as Metadata;
  const column = (attribute: string) => {
    const name = metadata.attributes[attribute]?.columnName;
    if (!name) throw new Error(`${UID} has no column for ${attribute}`);
    return name;
  };
  const at = new Date();
  const rows = points.map((point) => rowOf(point, at, column));
  const knex = strapi.db.connection;
  await knex.batchInsert(metadata.tableName, rows, batch);
  const [{ count }] = await knex(metadata.tableName).whereNotNull(column('publishedAt')).count({ count: '*' });
  return Number(count);
}
