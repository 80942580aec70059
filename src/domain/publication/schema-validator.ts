/**
 * JSON Schema validation (Ajv, draft 2020-12, strict) of Publications and channel payloads
 * against content-schemas/. Schemas compile once per process.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import hotlineSchema from '../../../content-schemas/channels/hotline.schema.json';
import kioskSchema from '../../../content-schemas/channels/kiosk.schema.json';
import webSchema from '../../../content-schemas/channels/web.schema.json';
import windowSchema from '../../../content-schemas/channels/window.schema.json';
import publicationSchema from '../../../content-schemas/publication.schema.json';

/** The schemas of content-schemas/, by name. */
export const SCHEMAS = {
  publication: publicationSchema,
  web: webSchema,
  hotline: hotlineSchema,
  window: windowSchema,
  kiosk: kioskSchema,
} as const;

export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv2020 | undefined;
const validators = new Map<SchemaName, ValidateFunction>();

function validatorOf(name: SchemaName): ValidateFunction {
  const cached = validators.get(name);
  if (cached) return cached;
  ajv ??= addFormats(new Ajv2020({ strict: true, allErrors: true }));
  const validate = ajv.compile(SCHEMAS[name]);
  validators.set(name, validate);
  return validate;
}

/** Problems of a value against a schema, as "path: message" lines; empty when valid. */
export function schemaProblems(name: SchemaName, value: unknown): string[] {
  const validate = validatorOf(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}
