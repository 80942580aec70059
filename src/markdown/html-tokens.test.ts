import { h } from './hast-builder';
import { decodeEntities, elementTexts, startTags } from './html-tokens';
import { toSafeDocument, toSafeHtml } from './safe-html';

describe('html-tokens', () => {
  it('decodes the references rehype-stringify writes', () => {
    expect(decodeEntities('&#x3C;script>&#x26;&amp;&#60;&nbsp;&unknown;')).toBe('<script>&&<\u00a0&unknown;');
  });

  it('reads back the text of every data-element, like innerText', () => {
    const html = toSafeHtml([
      h('div', {},
        h('dd', { dataElement: 'a' }, h('p', {}, '第一段'), h('p', {}, '<b>第二段</b> & ', h('br', {}), '续')),
        h('span', { dataElement: 'b' }, '甲', h('strong', {}, '乙')),
        h('span', { dataElement: 'b' }, '甲乙')),
    ]);
    const texts = elementTexts(html);
    expect(texts.get('a')?.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['第一段 <b>第二段</b> & 续']);
    expect(texts.get('b')).toEqual(['甲乙', '甲乙']);
  });

  it('lists the start tags and attributes of a page, skipping style content', () => {
    const html = toSafeDocument({ lang: 'zh-CN', title: '<标题>', css: 'a > b { color: red }', bodyClass: 'x' }, [h('a', { href: 'https://a.cn' }, '链接')]);
    expect(startTags(html).map((t) => t.name)).toEqual(['html', 'head', 'meta', 'meta', 'title', 'style', 'body', 'a']);
    expect(startTags(html).at(-1)?.attributes).toEqual({ href: 'https://a.cn' });
  });
});
