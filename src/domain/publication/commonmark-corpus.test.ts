/**
 * Every example of the CommonMark spec as guide text: no crash, sanitized HTML, the same
 * words in every channel. None is refused: CommonMark has no directive syntax, and a bare
 * `:word` (as in "foo:bar") stays text.
 */
import { checkGuideText } from './__fixtures__/corpus-check';

type SpecExample = { markdown: string; section: string; number: number };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- commonmark-spec ships no types
const examples: SpecExample[] = require('commonmark-spec').tests;

describe('CommonMark spec examples as guide text', () => {
  const outcomes = examples.map((example) => ({ example, ...checkGuideText(example.markdown) }));

  it('covers every example', () => {
    expect(outcomes).toHaveLength(652);
  });

  it.each(outcomes.map((o) => [`${o.example.number} ${o.example.section}`, o] as const))('example %s', (_name, outcome) => {
    expect(outcome.problems).toEqual([]);
  });

  it('publishes every example', () => {
    const refused = outcomes.filter((o) => !o.published).map((o) => o.example.number);
    expect(refused).toEqual([]);
  });
});
