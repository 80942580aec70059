/** The one place the Meilisearch client is built (STYLE: each SDK client in exactly one file). */
import { Meilisearch } from 'meilisearch';

export type MeilisearchConnection = {
  host: string;
  apiKey?: string;
  /** Per HTTP request, in ms. */
  requestTimeoutMs: number;
  /** Per awaited indexing task, in ms. */
  taskTimeoutMs: number;
};

/** A client for this connection; waits on tasks use the task timeout by default. */
export function createMeilisearchClient(connection: MeilisearchConnection): Meilisearch {
  return new Meilisearch({
    host: connection.host,
    apiKey: connection.apiKey,
    timeout: connection.requestTimeoutMs,
    clientAgents: ['tongyuan-search'],
    defaultWaitOptions: { timeout: connection.taskTimeoutMs, interval: 50 },
  });
}
