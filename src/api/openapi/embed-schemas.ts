/**
 * Makes the OpenAPI document self-contained for serving. content-schemas/openapi.json refers to
 * the schema files beside it (`{ "$ref": "channels/web.schema.json" }`), so the contracts live
 * in one place; served, each such component is replaced by the schema itself, without its
 * `$id`, and with its own `#/$defs/…` references pointing into the document, so any OpenAPI or
 * JSON Schema tool resolves them the same way.
 */

export type SchemaObject = Record<string, unknown>;
export type OpenApiDocument = Record<string, unknown> & { components: { schemas: Record<string, SchemaObject> } };

/** The schema files an OpenAPI document may refer to, by their path relative to it. */
export type SchemaFiles = Readonly<Record<string, SchemaObject>>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Copies `value`, rewriting every local reference (`#/…`) to start at `base`. */
function rebase(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rebase(item, base));
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => {
    if (key === '$ref' && typeof inner === 'string') {
      if (!inner.startsWith('#')) throw new RangeError(`An embedded schema refers to another file (${inner}); embed that file instead`);
      return [key, `${base}${inner.slice(1)}`];
    }
    return [key, rebase(inner, base)];
  }));
}

function embedded(file: SchemaObject, name: string): SchemaObject {
  const { $id, $schema: _dialect, ...schema } = file;
  const rebased = rebase(schema, `#/components/schemas/${name}`) as SchemaObject;
  return { $comment: `Embedded from ${String($id)}`, ...rebased };
}

function externalRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => externalRefs(item, found));
  if (!isObject(value)) return found;
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string' && !inner.startsWith('#')) found.push(inner);
    else externalRefs(inner, found);
  }
  return found;
}

/** The document with each component that is a reference to a schema file replaced by that file's schema. */
export function embedSchemas(document: OpenApiDocument, files: SchemaFiles): OpenApiDocument {
  const schemas = Object.fromEntries(Object.entries(document.components.schemas).map(([name, schema]) => {
    const target = Object.keys(schema).length === 1 ? schema.$ref : undefined;
    if (typeof target !== 'string' || target.startsWith('#')) return [name, schema];
    const file = files[target];
    if (!file) throw new RangeError(`components.schemas.${name} refers to ${target}, which is not one of ${Object.keys(files).join(', ')}`);
    return [name, embedded(file, name)];
  }));
  const result = { ...document, components: { ...document.components, schemas } };
  const left = externalRefs(result);
  if (left.length > 0) throw new RangeError(`Only components.schemas may refer to schema files; found ${left.join(', ')}`);
  return result;
}
