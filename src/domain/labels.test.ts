import * as OpenCC from 'opencc-js';
import { LABELS, labelOf } from './labels';
import * as sets from './value-sets';
import { LOCALES } from './value-sets';

const valueSets = Object.entries(sets as Record<string, unknown>)
  .filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));
const CJK = /[\u3400-\u9fff]/;
// Sets whose stored values are not the zh-CN words a reader sees.
const RELABELLED = new Set(['GUIDE_ELEMENTS', 'LOCALES', 'ONLINE_DEPTHS']);
// OpenCC's Hong Kong variant is the reference for zh-HK characters (e.g. 户, 説).
const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });

describe('labels', () => {
  it('has a table for every value set and nothing else', () => {
    expect(Object.keys(LABELS).sort()).toEqual(valueSets.map(([name]) => name).sort());
  });

  describe.each(valueSets)('%s', (name, values) => {
    it('labels every value in every locale', () => {
      for (const value of values) {
        for (const locale of LOCALES) {
          const label = labelOf(name as keyof typeof LABELS, value as never, locale);
          expect(label.trim()).not.toBe('');
        }
      }
      expect(Object.keys(LABELS[name as keyof typeof LABELS]).sort()).toEqual([...values].sort());
    });

    it('shows zh-CN values as stored, zh-HK in traditional characters, English without Chinese', () => {
      for (const value of values) {
        const label = (locale: (typeof LOCALES)[number]) => labelOf(name as keyof typeof LABELS, value as never, locale);
        if (!RELABELLED.has(name)) expect(label('zh-CN')).toBe(value);
        expect(toHongKong(label('zh-HK'))).toBe(label('zh-HK'));
        expect(label('en')).not.toMatch(CJK);
      }
    });
  });
});
