/**
 * Channel payloads: what each presenter hands to its channel. Every payload names the
 * Publication it was projected from (code, locale, version, contentHash, rendererVersion), so a
 * receiver can drop stale deliveries and the consistency report can prove what it showed.
 * Schemas: content-schemas/channels/*.schema.json.
 */
import { deepFreeze } from '../seal';
import { SchemaViolationError } from '../schema-error';
import { type SchemaName, schemaProblems } from '../schema-validator';
import type { Locale } from '../../value-sets';
import type { Publication } from '../types';

/** A bundle has no version of its own (its Release is versioned), so its payloads carry none. */
export type PayloadEnvelope = { code: string; locale: Locale; contentHash: string; rendererVersion: string } & (
  | { kind: 'matter' | 'knowledge-point'; version: number }
  | { kind: 'bundle'; version?: undefined }
);

/** Sanitized HTML fragment for portals (广东政务服务网, i莞家, 粤省事). */
export type WebPayload = PayloadEnvelope & { channel: 'web'; html: string };

/** A piece of a script line; `element` is set when the text is a Publication element's. */
export type Segment = { text: string; element?: string };

/** One line an agent reads out; `number` is read before it ("1.", "2.1"). */
export type ScriptLine = { kind: 'official' | 'plain'; number?: string; segments: Segment[] };

export type ScriptSection = { id: string; title: string; lines: ScriptLine[] };

/** The 12345 agent's read-out script: official wording first, then the plain version. */
export type HotlinePayload = PayloadEnvelope & { channel: 'hotline'; title: string; sections: ScriptSection[]; script: string };

/** Print page for service windows: the one-time notice and the intake checklist, A4. */
export type WindowPayload = PayloadEnvelope & { channel: 'window'; pageSize: 'A4'; html: string };

/** Large-print, high-contrast page for self-service kiosks (适老化). */
export type KioskPayload = PayloadEnvelope & { channel: 'kiosk'; html: string };

export type ChannelPayload = WebPayload | HotlinePayload | WindowPayload | KioskPayload;

/** The envelope of a payload projected from a Publication. */
export function envelopeOf(publication: Publication): PayloadEnvelope {
  const { code, locale, contentHash, rendererVersion } = publication;
  if (publication.kind === 'bundle') return { kind: publication.kind, code, locale, contentHash, rendererVersion };
  const version = publication.kind === 'matter' ? publication.taskVersion : publication.version;
  return { kind: publication.kind, code, locale, version, contentHash, rendererVersion };
}

/** Validate a payload against its channel schema and freeze it. */
export function finishPayload<T extends ChannelPayload>(payload: T): T {
  const schema: SchemaName = payload.channel;
  const problems = schemaProblems(schema, payload);
  if (problems.length > 0) throw new SchemaViolationError(schema, problems);
  return deepFreeze(payload);
}
