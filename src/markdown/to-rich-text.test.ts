import { parseGuideMarkdown } from './guide-markdown';
import { blocksText, normalizeText } from './rich-text';
import { type DirectiveResolver, toRichText } from './to-rich-text';

const resolve: DirectiveResolver = (name, label, attributes) => {
  if (name === 'term' && attributes.plain) return { type: 'term', text: label, plain: attributes.plain };
  if (name === 'sample' && attributes.material === 'form') return { type: 'link', text: label, href: '/uploads/form.pdf', kind: 'sample' };
  return undefined;
};

const convert = (source: string) => toRichText(parseGuideMarkdown(source), source, resolve);

describe('toRichText', () => {
  it('turns a term directive into a term run with its plain note', () => {
    expect(convert('持有 :term[不动产权证书]{plain="就是常说的房产证"}。')).toEqual([
      { type: 'paragraph', runs: [
        { type: 'text', value: '持有 ' },
        { type: 'term', text: '不动产权证书', plain: '就是常说的房产证' },
        { type: 'text', value: '。' },
      ] },
    ]);
  });

  it('resolves a sample directive to a link and keeps the words of one that does not resolve', () => {
    expect(convert(':sample[样例]{material="form"} :sample[别的]{material="x"}')[0]).toEqual({
      type: 'paragraph',
      runs: [{ type: 'link', text: '样例', href: '/uploads/form.pdf', kind: 'sample' }, { type: 'text', value: ' 别的' }],
    });
  });

  it('keeps times and bare colon-words as text', () => {
    expect(blocksText(convert('周一 9:00-12:00，Note:see'), 'zh-CN')).toBe('周一 9:00-12:00，Note:see');
  });

  it('keeps lists nested, with marks on text runs', () => {
    expect(convert('1. **一**\n   - 甲\n2. 二')).toEqual([{
      type: 'list', ordered: true,
      items: [
        [{ type: 'paragraph', runs: [{ type: 'text', value: '一', strong: true }] }, { type: 'list', ordered: false, items: [[{ type: 'paragraph', runs: [{ type: 'text', value: '甲' }] }]] }],
        [{ type: 'paragraph', runs: [{ type: 'text', value: '二' }] }],
      ],
    }]);
    expect(convert('3. 三')[0]).toMatchObject({ type: 'list', start: 3 });
  });

  it('drops raw HTML, keeps alt text of images and only the words of unsafe links', () => {
    const blocks = convert('<div>x</div>\n\n甲<b>乙</b> ![图](/a.png) [点](javascript:alert(1)) [官网](https://a.cn)');
    expect(blocks).toEqual([{ type: 'paragraph', runs: [
      { type: 'text', value: '甲乙 图 点 ' },
      { type: 'link', text: '官网', href: 'https://a.cn', kind: 'external' },
    ] }]);
  });

  it('reduces headings, quotes and code to paragraphs of their words', () => {
    const text = blocksText(convert('# 标题\n\n> 引用\n\n    代码\n\n---'), 'zh-CN');
    expect(normalizeText(text)).toBe('标题 引用 代码');
  });

  it('resolves reference links through their definitions', () => {
    expect(convert('[官网][g]\n\n[g]: https://www.gdzwfw.gov.cn')[0]).toEqual({
      type: 'paragraph', runs: [{ type: 'link', text: '官网', href: 'https://www.gdzwfw.gov.cn', kind: 'external' }],
    });
  });
});
