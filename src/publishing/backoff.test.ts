import { backoffDelay } from './backoff';

test('the ceiling doubles per attempt up to the cap, and jitter spreads below it', () => {
  const top = (attempt: number) => backoffDelay(attempt, 500, 60_000, () => 1);
  expect([1, 2, 3, 4].map(top)).toEqual([500, 1000, 2000, 4000]);
  expect(top(20)).toBe(60_000);
  expect(backoffDelay(3, 500, 60_000, () => 0)).toBe(0);
  expect(backoffDelay(3, 500, 60_000, () => 0.5)).toBe(1000);
});
