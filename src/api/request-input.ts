/**
 * Reading request parameters at the HTTP edge: each reader returns the typed value or throws
 * Strapi's ValidationError (400) naming the parameter.
 */
import { errors } from '@strapi/utils';
import { LOCALES, type Locale } from '../domain/value-sets';
import type { SubjectType } from '../publishing/subject';

function invalid(path: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

export function readLocale(value: unknown, path = 'locale'): Locale {
  if (value === undefined || value === '') return 'zh-CN';
  if (typeof value === 'string' && (LOCALES as readonly string[]).includes(value)) return value as Locale;
  return invalid(path, `Expected one of ${LOCALES.join(', ')}`);
}

export function readCode(value: unknown, path = 'code'): string {
  if (typeof value === 'string' && /^[A-Z][A-Z0-9-]{0,31}$/.test(value)) return value;
  return invalid(path, 'Expected a code such as M01 or KP-M01-FEE');
}

export function readSubjectType(value: unknown, path = 'type'): SubjectType {
  if (value === 'matter' || value === 'bundle' || value === 'knowledgePoint') return value;
  return invalid(path, 'Expected matter, bundle or knowledgePoint');
}

export function readOptionalInteger(value: unknown, path: string, min = 0): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (Number.isInteger(number) && number >= min) return number;
  return invalid(path, `Expected a whole number ≥ ${min}`);
}

export function readInteger(value: unknown, path: string, min = 0): number {
  return readOptionalInteger(value, path, min) ?? invalid(path, `Expected a whole number ≥ ${min}`);
}

export function readOptionalDate(value: unknown, path: string): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (date && !Number.isNaN(date.getTime())) return date;
  return invalid(path, 'Expected an ISO 8601 date-time');
}

export function readChoice<T extends string>(value: unknown, path: string, choices: readonly T[], fallback: T): T {
  if (value === undefined || value === '') return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  return invalid(path, `Expected one of ${choices.join(', ')}`);
}
