/**
 * Reading the console's requests at the HTTP edge: each reader returns the typed value or
 * throws Strapi's ValidationError (400) naming the field. Shared by the hotline and feedback APIs.
 */
import { errors } from '@strapi/utils';

export type Ctx = {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number; username: string; email?: string; role?: { type: string; name: string } } };
  body: unknown;
  status: number;
  type: string;
  set(name: string, value: string): void;
};

export function invalid(path: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });
}

/** The request body's `data` object (Strapi's envelope), or the body itself. */
export function bodyOf(ctx: Ctx): Record<string, unknown> {
  const body = ctx.request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return {};
  const data = (body as Record<string, unknown>).data;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : (body as Record<string, unknown>);
}

export function readText(value: unknown, path: string, max: number, required: true): string;
export function readText(value: unknown, path: string, max: number, required?: false): string | undefined;
export function readText(value: unknown, path: string, max: number, required = false): string | undefined {
  if (value === undefined || value === null || value === '') return required ? invalid(path, 'Required') : undefined;
  if (typeof value !== 'string') return invalid(path, 'Expected text');
  const trimmed = value.trim();
  if (required && trimmed === '') return invalid(path, 'Required');
  if ([...trimmed].length > max) return invalid(path, `Expected at most ${max} characters`);
  return trimmed === '' ? undefined : trimmed;
}

export function readTextList(value: unknown, path: string, maxItems: number, maxLength: number): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > maxItems) return invalid(path, `Expected a list of at most ${maxItems} items`);
  return value.map((item, i) => readText(item, `${path}.${i}`, maxLength, true));
}

export function readOptionalNumber(value: unknown, path: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  if (Number.isFinite(number) && number >= min && number <= max) return number;
  return invalid(path, `Expected a number from ${min} to ${max}`);
}

/** The signed-in user, for routes only users-permissions users can use (not API tokens). */
export function signedInUser(ctx: Ctx): NonNullable<Ctx['state']['user']> {
  const user = ctx.state.user;
  if (!user) throw new errors.ForbiddenError('This needs a signed-in hotline user, not an API token');
  return user;
}
