/**
 * Checks a document's input before Strapi stores it: the JSON attributes against their
 * schemas, and every string for characters no guide can hold (NUL and other C0 controls,
 * unpaired surrogates), which would otherwise be refused by PostgreSQL or altered on the way,
 * and for blank text (only spaces, ideographic spaces or a byte-order mark), which reads as
 * filled in but says nothing.
 * Pure: returns the problems, each with the path of the field.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { JSON_FIELD_SCHEMAS } from './json-field-schemas';

export type InputProblem = { path: (string | number)[]; message: string };

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validators = new Map<string, ValidateFunction>();

function validatorFor(uid: string, field: string): ValidateFunction {
  const key = `${uid}#${field}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(JSON_FIELD_SCHEMAS[uid][field]);
    validators.set(key, validate);
  }
  return validate;
}

// C0 controls other than tab, LF, CR; DEL; unpaired UTF-16 surrogates.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function stringProblems(value: unknown, path: (string | number)[], out: InputProblem[]): void {
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) out.push({ path, message: 'Unexpected control character or unpaired surrogate, expected printable text' });
    else if (value !== '' && value.trim() === '') out.push({ path, message: 'Unexpected blank text, expected words or nothing' });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => stringProblems(item, [...path, index], out));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) stringProblems(item, [...path, key], out);
  }
}

/** Values at a path like `materials.*.appliesWhen`, each with its concrete path. */
function valuesAt(data: unknown, pattern: string[], path: (string | number)[] = []): { value: unknown; path: (string | number)[] }[] {
  if (pattern.length === 0) return [{ value: data, path }];
  if (data === null || typeof data !== 'object') return [];
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (!Array.isArray(data)) return [];
    return data.flatMap((item, index) => valuesAt(item, rest, [...path, index]));
  }
  if (!(head in data)) return [];
  return valuesAt((data as Record<string, unknown>)[head], rest, [...path, head]);
}

function jsonProblems(uid: string, data: unknown, out: InputProblem[]): void {
  for (const field of Object.keys(JSON_FIELD_SCHEMAS[uid] ?? {})) {
    const validate = validatorFor(uid, field);
    for (const { value, path } of valuesAt(data, field.split('.'))) {
      if (value === null || value === undefined || validate(value)) continue;
      for (const error of validate.errors ?? []) {
        const sub = error.instancePath.split('/').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        out.push({ path: [...path, ...sub], message: `${error.message ?? 'is invalid'}` });
      }
    }
  }
}

/** Every problem in a document's input data, or an empty list. */
export function inputProblems(uid: string, data: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  stringProblems(data, [], problems);
  jsonProblems(uid, data, problems);
  return problems;
}
