/**
 * A built Publication or channel payload that does not match its JSON Schema. The builders
 * are meant to make this impossible, so it is a broken invariant and thrown, not returned.
 */
export class SchemaViolationError extends Error {
  override readonly name = 'SchemaViolationError';
  readonly code = 'schema_violation' as const;

  constructor(
    readonly schema: string,
    readonly problems: readonly string[],
  ) {
    super(`Output does not match ${schema} schema: ${problems.slice(0, 5).join('; ')}`);
  }
}
