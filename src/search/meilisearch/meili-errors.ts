/**
 * Meilisearch client errors mapped to the port's errors: an unreachable server or a 5xx is
 * SearchEngineUnavailable, an expired wait is SearchTimeout, a failed task SearchTaskFailed.
 * Anything else (a 4xx from a request we built) is a bug and is rethrown as it is.
 */
import {
  MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError, MeilisearchTaskTimeOutError, type Task,
} from 'meilisearch';
import { SearchEngineUnavailable } from '../errors/search-engine-unavailable';
import { SearchTaskFailed } from '../errors/search-task-failed';
import { SearchTimeout } from '../errors/search-timeout';

/** The port error for a client error raised during `operation`. */
export function mapMeiliError(error: unknown, operation: string): unknown {
  if (error instanceof MeilisearchTaskTimeOutError) return new SearchTimeout(operation, error.cause.timeout, { cause: error });
  if (error instanceof MeilisearchRequestTimeOutError) return new SearchTimeout(operation, error.cause.timeout, { cause: error });
  if (error instanceof MeilisearchRequestError) return new SearchEngineUnavailable(`${operation}: Meilisearch is unreachable`, { cause: error });
  if (error instanceof MeilisearchApiError && error.response.status >= 500) {
    return new SearchEngineUnavailable(`${operation}: Meilisearch answered ${error.response.status}`, { cause: error });
  }
  return error;
}

/** Throws SearchTaskFailed unless the task succeeded. */
export function checkTask(task: Task, operation: string): Task {
  if (task.status !== 'succeeded') throw new SearchTaskFailed(operation, task.error?.message ?? task.status);
  return task;
}

/** Runs one client call, mapping its errors. */
export async function meiliCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapMeiliError(error, operation);
  }
}
