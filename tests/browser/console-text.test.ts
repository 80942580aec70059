/**
 * The console renders search snippets as text: the server's <mark> becomes a marked part, any
 * other markup is dropped and entities are decoded into characters, never into tags.
 */
import { markTerms, markedTerms, parseMarked } from '../../web/hotline/src/marked-text';

test('marks become marked parts, entities become characters', () => {
  expect(parseMarked('<mark>居民身份证</mark>工本费 &lt;20元&gt; &amp; <mark>补领</mark>')).toEqual([
    { text: '居民身份证', marked: true },
    { text: '工本费 <20元> & ', marked: false },
    { text: '补领', marked: true },
  ]);
});

test('markup other than <mark> never survives as a tag', () => {
  const parts = parseMarked('<img src=x onerror=alert(1)>答复<script>alert(1)</script>');
  expect(parts.map((p) => p.text).join('')).toBe('答复alert(1)');
  expect(parts.some((p) => p.text.includes('<img'))).toBe(false);
});

test("the snippet's terms are marked in the title too, longest first", () => {
  const terms = markedTerms(parseMarked('<mark>身份证</mark>和<mark>居民身份证</mark>'));
  expect(terms).toEqual(['居民身份证', '身份证']);
  expect(markTerms('补领居民身份证收费多少？', terms)).toEqual([
    { text: '补领', marked: false }, { text: '居民身份证', marked: true }, { text: '收费多少？', marked: false },
  ]);
});
