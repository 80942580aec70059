/**
 * The agent's sign-in: users-permissions' JWT, kept in sessionStorage (this tab only, gone
 * when it closes; never in localStorage or a cookie the page does not control).
 */
const KEY = 'tongyuan.hotline.jwt';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}
