/** Raised at start-up when a secret the app needs is not configured. */
export class MissingSecretError extends Error {
  override readonly name = 'MissingSecretError';
  readonly code = 'missing_secret' as const;

  constructor(readonly variable: string) {
    super(
      `${variable} is not set. Production never falls back to a default secret: set ${variable} ` +
        'in the environment (see .env.example). In development, `npm run env:init` writes a local .env.',
    );
  }
}
