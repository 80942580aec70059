import { normalizeQuery } from './normalize-query';

test('traditional and simplified, full and half width, trailing question marks: one key', () => {
  expect(normalizeQuery('公積金點樣提取？')).toBe(normalizeQuery('公积金点样提取'));
  expect(normalizeQuery('  ＳＦＺ   补办 ')).toBe('sfz 补办');
});

test('keys are bounded', () => {
  expect([...normalizeQuery('问'.repeat(500))].length).toBe(200);
});
