/**
 * The OpenAPI document as served at /api/openapi.json: content-schemas/openapi.json with the
 * content schemas embedded, serialized once, with its hash as ETag.
 */
import { createHash } from 'node:crypto';
import hotlineSchema from '../../../content-schemas/channels/hotline.schema.json';
import kioskSchema from '../../../content-schemas/channels/kiosk.schema.json';
import webSchema from '../../../content-schemas/channels/web.schema.json';
import windowSchema from '../../../content-schemas/channels/window.schema.json';
import openapi from '../../../content-schemas/openapi.json';
import publicationSchema from '../../../content-schemas/publication.schema.json';
import { embedSchemas, type OpenApiDocument, type SchemaFiles } from './embed-schemas';

/** The schema files the document refers to, by the path it uses. */
const FILES: SchemaFiles = {
  'publication.schema.json': publicationSchema,
  'channels/web.schema.json': webSchema,
  'channels/hotline.schema.json': hotlineSchema,
  'channels/window.schema.json': windowSchema,
  'channels/kiosk.schema.json': kioskSchema,
};

export type ServedDocument = { body: string; etag: string };

let served: ServedDocument | undefined;

/** The self-contained document and its ETag (built on first use). */
export function servedDocument(): ServedDocument {
  if (served) return served;
  const body = JSON.stringify(embedSchemas(openapi as unknown as OpenApiDocument, FILES));
  served = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"` };
  return served;
}
