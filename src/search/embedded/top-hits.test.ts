import { fixtureDoc } from '../conformance/fixtures';
import { fixtureAnalyzer } from '../conformance/fixtures';
import { IndexState } from './index-state';
import { bestIndices, topHits } from './top-hits';

const state = new IndexState(fixtureAnalyzer());
const stored = (code: string, documentId = code) => state.storedOf(fixtureDoc({ code, documentId, title: code, departmentCode: 'DG-GA' }));

describe('top hits', () => {
  test('best first; equal scores ordered by code, so the order never flickers', () => {
    const matches = { stored: [stored('C'), stored('A'), stored('B'), stored('D')], scores: [1, 2, 2, 5] };
    expect(bestIndices(matches, 3).map((i) => matches.stored[i].doc.code)).toEqual(['D', 'A', 'B']);
  });

  test('two versions of one item give one hit, the better one', () => {
    const matches = { stored: [stored('A', 'v1'), stored('A', 'v2'), stored('B')], scores: [1, 3, 2] };
    expect(topHits(matches, 5).map((h) => [h.stored.doc.documentId, h.score])).toEqual([['v2', 3], ['B', 2]]);
  });
});
