import path from 'node:path';
import { MissingSecretError } from '../runtime/missing-secret-error';
import { searchConfigFromEnv } from './search-config';

describe('choosing the engine', () => {
  test('embedded by default, under the app data folder', () => {
    expect(searchConfigFromEnv({}, '/app')).toEqual({ engine: 'embedded', dataDir: path.resolve('/app/data/search') });
  });

  test('Meilisearch when MEILI_HOST is set', () => {
    expect(searchConfigFromEnv({ MEILI_HOST: 'http://meili:7700', MEILI_MASTER_KEY: 'k', MEILI_TASK_TIMEOUT_MS: '9000' }, '/app')).toEqual({
      engine: 'meilisearch', host: 'http://meili:7700', apiKey: 'k', indexUid: 'tongyuan', requestTimeoutMs: 5000, taskTimeoutMs: 9000,
    });
  });

  test('production refuses Meilisearch without a key', () => {
    expect(() => searchConfigFromEnv({ MEILI_HOST: 'http://meili:7700', NODE_ENV: 'production' })).toThrow(MissingSecretError);
  });

  test('a malformed timeout is an error, not a silent default', () => {
    expect(() => searchConfigFromEnv({ MEILI_HOST: 'http://m', MEILI_TIMEOUT_MS: 'soon' })).toThrow(/MEILI_TIMEOUT_MS/);
  });
});
