/**
 * Base of the publishing errors that reach a client: each carries its HTTP status and is
 * marked safe to expose, so Strapi's error middleware answers with it and its details.
 */
export abstract class PublishingError extends Error {
  abstract readonly status: number;
  readonly expose = true;

  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}
