import { MissingSecretError } from './missing-secret-error';

type Env = (name: string) => string | undefined;

/** Returns the secret named `variable`, or throws: secrets never have defaults in code. */
export function requireSecret(env: Env, variable: string): string {
  const value = env(variable);
  if (value === undefined || value.trim() === '') throw new MissingSecretError(variable);
  return value;
}

/** Returns a comma-separated list of secrets (e.g. APP_KEYS), or throws. */
export function requireSecretList(env: Env, variable: string): string[] {
  return requireSecret(env, variable)
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}
