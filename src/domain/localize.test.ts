import { toHongKongMatter } from './localize';
import { fixtureMatter } from './publication/__fixtures__/fixture-matter';

describe('toHongKongMatter', () => {
  const source = fixtureMatter();
  const converted = toHongKongMatter(source);

  it('converts human-readable text to Hong Kong traditional characters', () => {
    expect(converted.taskName).toBe('測試許可事項');
    expect(converted.materials[0].plainNote).toBe('就是一張申請表。');
    expect(converted.faqs[0].question).toBe('多久能拿證？');
    expect(converted.legalBasis[0].lawName).toBe('測試條例');
  });

  it('keeps directive syntax and its ASCII attributes intact inside Markdown', () => {
    expect(converted.acceptConditions).toContain(':term[不動產權證書]{plain="就是常説的房產證"}');
    expect(converted.acceptConditions).toContain(':location[市民服務中心]{code="LOC-A"}');
    expect(converted.materials[0].fillingInstructions).toContain('{material="application"}');
  });

  it('leaves codes, keys, URLs, phones and value-set labels untouched', () => {
    expect(converted).toMatchObject({
      code: source.code, taskCode: source.taskCode, department: source.department, locations: source.locations,
      taskType: '行政许可', projectType: '承诺件', onlineUrl: source.onlineUrl, consult: { phone: '0769-12345' },
    });
    expect(converted.materials.map((m) => [m.key, m.necessity, m.form, m.sampleForm?.url])).toEqual(
      source.materials.map((m) => [m.key, m.necessity, m.form, m.sampleForm?.url]));
    expect(converted.promisedTimeLimit.unit).toBe('工作日');
  });

  it('does not change its input', () => {
    expect(source).toEqual(fixtureMatter());
  });
});
