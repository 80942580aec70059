import { escapeHtml, highlightHtml, snippetHtml } from './snippet';

describe('highlighting', () => {
  test('marks matched terms and escapes everything else', () => {
    expect(highlightHtml('补领<b>身份证</b> & 户口簿', ['身份证'])).toBe('补领&lt;b&gt;<mark>身份证</mark>&lt;/b&gt; &amp; 户口簿');
  });

  test('matches traditional text with simplified terms and marks the original characters', () => {
    expect(highlightHtml('住房公積金提取', ['公积金'])).toBe('住房<mark>公積金</mark>提取');
  });

  test('overlapping terms become one mark', () => {
    expect(highlightHtml('居民身份证', ['身份证', '居民身份'])).toBe('<mark>居民身份证</mark>');
  });

  test('a long text is cut around its matches, with … where it was cut', () => {
    const text = `${'甲'.repeat(200)}住房公积金${'乙'.repeat(200)}`;
    const html = snippetHtml(text, ['公积金'], 40);
    expect(html.startsWith('…')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>公积金</mark>');
  });

  test('escapes quotes for attribute safety', () => {
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});
