import { planEvent, type LoggedSearch } from './search-outcome';

const row = (searchId: string, outcome: LoggedSearch['outcome'] = 'pending', msToOpen: number | null = null): LoggedSearch => ({ searchId, outcome, msToOpen });

test('opening a result marks the searches typed on the way and times the first opening', () => {
  const patches = planEvent({ event: 'opened', searchId: 's3', searchIds: ['s1', 's2', 's3'], msSinceFirstKeystroke: 2140.6, code: 'KP-M01-FEE' }, [row('s1'), row('s2'), row('s3')]);
  expect(patches).toEqual([
    { searchId: 's1', interactionId: 's1', outcome: 'typing' },
    { searchId: 's2', interactionId: 's1', outcome: 'typing' },
    { searchId: 's3', interactionId: 's1', outcome: 'opened', msToOpen: 2141, openedCode: 'KP-M01-FEE' },
  ]);
});

test('a second opening in the same interaction keeps the first time', () => {
  const patches = planEvent({ event: 'opened', searchId: 's4', searchIds: ['s1', 's3', 's4'], msSinceFirstKeystroke: 9000 }, [row('s1', 'typing'), row('s3', 'opened', 2141), row('s4')]);
  expect(patches.at(-1)).toEqual({ searchId: 's4', interactionId: 's1', outcome: 'opened' });
  expect(patches.find((p) => p.searchId === 's3')).toEqual({ searchId: 's3', interactionId: 's1' });
});

test('used is final: a later abandon does not undo it, and abandoning an opened search counts', () => {
  expect(planEvent({ event: 'abandoned', searchId: 's1', searchIds: ['s1'] }, [row('s1', 'used')])[0].outcome).toBe('used');
  expect(planEvent({ event: 'abandoned', searchId: 's1', searchIds: ['s1'] }, [row('s1', 'opened', 900)])[0].outcome).toBe('abandoned');
  expect(planEvent({ event: 'used', searchId: 's1', searchIds: ['s1'], code: 'M01' }, [row('s1', 'abandoned')])[0]).toMatchObject({ outcome: 'used', usedCode: 'M01' });
});

test('an event about a search that was never logged changes nothing', () => {
  expect(planEvent({ event: 'used', searchId: 'nope', searchIds: ['nope'] }, [])).toEqual([]);
});
