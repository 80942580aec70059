import { inputProblems } from './input-problems';

const MATTER = 'api::matter.matter';

test('well-formed JSON lists and ordinary Unicode pass', () => {
  expect(inputProblems(MATTER, {
    taskName: '居民身份证换领 🪪 \t「补领」\n',
    serviceObjects: ['naturalPerson'],
    materials: [{ appliesWhen: [{ fact: 'reason', equals: 'lost' }] }],
  })).toEqual([]);
});

test('a control character is reported at its path, inside components too', () => {
  expect(inputProblems(MATTER, { materials: [{ name: 'ok' }, { name: 'bad\u0007' }] }).map((p) => p.path)).toEqual([['materials', 1, 'name']]);
});

test('an unpaired surrogate is refused; a paired one is fine', () => {
  expect(inputProblems(MATTER, { taskName: 'x\uD83D' })).toHaveLength(1);
  expect(inputProblems(MATTER, { taskName: 'x\uD83D\uDE00' })).toEqual([]);
});

test('JSON list items are checked against the value set, with the item index in the path', () => {
  const problems = inputProblems(MATTER, { handlingModes: ['window', 'carrierPigeon'] });
  expect(problems.map((p) => p.path)).toEqual([['handlingModes', 1]]);
});

test('a scenario predicate inside a material is checked where it sits', () => {
  const problems = inputProblems(MATTER, { materials: [{ appliesWhen: [{ fact: 'age', equals: { gt: 16 } }] }] });
  expect(problems[0].path.slice(0, 3)).toEqual(['materials', 0, 'appliesWhen']);
});

test('types without JSON rules still get the character check', () => {
  expect(inputProblems('api::department.department', { name: 'a\u0000' })).toHaveLength(1);
});

test('blank text is refused; an empty string (clearing a field) is not', () => {
  expect(inputProblems(MATTER, { taskName: ' \u3000\uFEFF' }).map((p) => p.path)).toEqual([['taskName']]);
  expect(inputProblems(MATTER, { shortName: '' })).toEqual([]);
});
