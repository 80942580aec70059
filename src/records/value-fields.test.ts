/**
 * The Strapi schemas list exactly the storage codes of the value sets, at exactly the
 * attributes VALUE_FIELDS names: the two sides cannot drift apart unnoticed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codesOf } from '../domain/value-codes';
import { VALUE_FIELDS } from './value-fields';

type Attribute = { type: string; enum?: string[]; component?: string };
type Schema = { attributes: Record<string, Attribute> };

const SRC = path.resolve(__dirname, '..');

function readSchema(file: string): Schema {
  return JSON.parse(fs.readFileSync(path.join(SRC, file), 'utf8')) as Schema;
}

function contentTypeSchema(type: string): Schema {
  return readSchema(`api/${type}/content-types/${type}/schema.json`);
}

function componentSchema(uid: string): Schema {
  const [category, name] = uid.split('.');
  return readSchema(`components/${category}/${name}.json`);
}

/** The attribute at a dotted path, descending into components. */
function attributeAt(schema: Schema, parts: string[]): Attribute {
  const [head, ...rest] = parts.filter((part) => part !== '*');
  const attribute = schema.attributes[head];
  if (!attribute) throw new Error(`No attribute ${head}`);
  if (rest.length === 0) return attribute;
  return attributeAt(componentSchema(attribute.component ?? ''), rest);
}

const cases = Object.entries(VALUE_FIELDS).flatMap(([type, fields]) =>
  Object.entries(fields).map(([field, set]) => ({ type, field, set })));

test.each(cases)('$type.$field stores the codes of $set', ({ type, field, set }) => {
  const attribute = attributeAt(contentTypeSchema(type), field.split('.'));
  if (attribute.type === 'enumeration') {
    expect(attribute.enum).toEqual(codesOf(set));
  } else {
    // JSON lists of codes are checked by src/validation/json-field-schemas.ts instead.
    expect(attribute.type).toBe('json');
  }
});

test('every enumeration attribute of every schema is covered by VALUE_FIELDS', () => {
  const uncovered: string[] = [];
  for (const type of Object.keys(VALUE_FIELDS)) {
    const walk = (schema: Schema, prefix: string) => {
      for (const [name, attribute] of Object.entries(schema.attributes)) {
        const repeatable = (attribute as { repeatable?: boolean }).repeatable ? '.*' : '';
        if (attribute.type === 'enumeration' && !(`${prefix}${name}` in VALUE_FIELDS[type])) uncovered.push(`${type}.${prefix}${name}`);
        if (attribute.type === 'component') walk(componentSchema(attribute.component ?? ''), `${prefix}${name}${repeatable}.`);
      }
    };
    walk(contentTypeSchema(type), '');
  }
  expect(uncovered).toEqual([]);
});
