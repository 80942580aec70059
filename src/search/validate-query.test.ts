import { InvalidSearchQuery } from './errors/invalid-search-query';
import { checkQuery, DEFAULT_LIMIT } from './validate-query';

describe('checking a search request', () => {
  test('fills in defaults', () => {
    expect(checkQuery({ text: '身份证', locale: 'zh-CN' })).toEqual(expect.objectContaining({ limit: DEFAULT_LIMIT, offset: 0, includeInactive: false }));
  });

  test.each([
    [{ limit: 0 }, 'limit'],
    [{ limit: 101 }, 'limit'],
    [{ offset: -1 }, 'offset'],
    [{ locale: 'zh_CN' }, 'locale'],
    [{ text: 'x'.repeat(201) }, 'text'],
    [{ at: 'yesterday' }, 'at'],
    [{ filters: { type: ['faq'] } }, 'filters.type'],
    [{ filters: { kind: [''] } }, 'filters.kind'],
  ])('refuses %j at %s', (override, path) => {
    const call = () => checkQuery({ text: '身份证', locale: 'zh-CN', ...override } as Parameters<typeof checkQuery>[0]);
    expect(call).toThrow(InvalidSearchQuery);
    expect(call).toThrow(new RegExp(`at ${path.replace('.', '\\.')},`));
  });
});
