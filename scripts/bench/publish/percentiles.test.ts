import { percentile, summarize } from './percentiles';

describe('percentile', () => {
  it('takes the nearest rank, whatever the input order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
  });

  it('is NaN for no values, and summarize says so', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([])).toEqual({ count: 0, p50: NaN, p95: NaN, max: NaN });
  });

  it('summarizes count, p50, p95 and max', () => {
    const values = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(summarize(values)).toEqual({ count: 200, p50: 100, p95: 190, max: 200 });
  });
});
