/**
 * Plumbing shared by the publishing stores: document ids for rows written through the query
 * engine, column names for the few statements written in SQL, and the SQL dialect.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A 24-character document id, like the ones Strapi's Document Service makes. */
export function newDocumentId(): string {
  return [...randomBytes(24)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** The table and column names of a content type, for hand-written SQL. */
export function tableOf(strapi: Core.Strapi, uid: string): { table: string; column(attribute: string): string } {
  const meta = strapi.db.metadata.get(uid as never);
  return {
    table: meta.tableName,
    column(attribute) {
      const found = meta.attributes[attribute] as { columnName?: string } | undefined;
      if (!found?.columnName) throw new RangeError(`${uid} has no column for ${attribute}`);
      return found.columnName;
    },
  };
}

export function isPostgres(strapi: Core.Strapi): boolean {
  return strapi.db.dialect.client === 'postgres';
}

/** A Date, an ISO string or a database timestamp as a Date. */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** A time as the dialect stores it, for hand-written SQL (SQLite keeps epoch milliseconds). */
export function dbTime(strapi: Core.Strapi, date: Date): Date | number {
  return isPostgres(strapi) ? date : date.getTime();
}
