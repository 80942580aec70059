import { medianOf, medianWindow, searchRates, windowOf } from './measures';

test('direct-answer rate counts ended interactions only; zero-result rate counts searches', () => {
  const { directAnswerRate, zeroResultRate } = searchRates({ searches: 40, zeroResults: 6, used: 21, abandoned: 7, opened: 5 });
  expect(directAnswerRate).toEqual({ rate: 0.75, numerator: 21, denominator: 28 });
  expect(zeroResultRate).toEqual({ rate: 0.15, numerator: 6, denominator: 40 });
});

test('no data is no rate, not zero', () => {
  expect(searchRates({ searches: 0, zeroResults: 0, used: 0, abandoned: 0, opened: 0 }).directAnswerRate.rate).toBeNull();
});

test('the median is read from the middle one or two sorted rows', () => {
  expect(medianWindow(0)).toBeNull();
  expect(medianWindow(5)).toEqual({ offset: 2, take: 1 });
  expect(medianWindow(4)).toEqual({ offset: 1, take: 2 });
  expect(medianOf([1800, 2101])).toBe(1951);
  expect(medianOf([])).toBeNull();
});

test('a window ends now', () => {
  expect(windowOf(7, new Date('2026-03-10T00:00:00Z'))).toEqual({ days: 7, from: '2026-03-03T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z' });
});
