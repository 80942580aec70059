/**
 * Every call the console makes: same origin, the JWT as a bearer token, Strapi's error
 * envelope turned into an ApiError. A 401 signs the agent out.
 */
import { storedToken, storeToken } from './session';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Query = Record<string, string | number | undefined>;

let onSignedOut: () => void = () => undefined;

/** What to do when the server no longer accepts the token. */
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function call<T>(method: string, path: string, options: { query?: Query; body?: unknown; signal?: AbortSignal; keepalive?: boolean } = {}): Promise<T> {
  const token = storedToken();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url(path, options.query), {
    method, headers, signal: options.signal, keepalive: options.keepalive, body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    if (response.status === 401 && token) {
      storeToken(null);
      onSignedOut();
    }
    throw new ApiError(response.status, payload?.error?.message ?? response.statusText);
  }
  return payload as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => call<T>('GET', path, { query, signal }),
  post: <T>(path: string, body: unknown, keepalive = false) => call<T>('POST', path, { body, keepalive }),
};

/** Signs in with users-permissions; returns the JWT. */
export async function signIn(identifier: string, password: string): Promise<string> {
  storeToken(null);
  const answer = await call<{ jwt: string }>('POST', '/api/auth/local', { body: { identifier, password } });
  storeToken(answer.jwt);
  return answer.jwt;
}
