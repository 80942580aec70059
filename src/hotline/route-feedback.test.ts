import { routeFeedback, type OwnerContact } from './route-feedback';

const editor: OwnerContact = { role: 'editor', name: '陈嘉欣', phone: '0769-22466131' };
const reviewer: OwnerContact = { role: 'reviewer', name: '黄志强', phone: '0769-22466132' };
const liaison: OwnerContact = { role: 'hotlineLiaison', name: '李婉婷', phone: '0769-22466133' };

test("a knowledge point's flag goes to its matter's 编辑, not to the point's own owner", () => {
  expect(routeFeedback({ subjectType: 'knowledgePoint', matterOwners: [reviewer, editor, liaison], pointOwner: liaison }))
    .toEqual({ owner: editor, rule: 'matterEditor' });
});

test('a knowledge point without a matter goes to its own owner', () => {
  expect(routeFeedback({ subjectType: 'knowledgePoint', matterOwners: [], pointOwner: liaison })).toEqual({ owner: liaison, rule: 'pointOwner' });
});

test('a matter without an editor falls back to the point owner, then the reviewer', () => {
  expect(routeFeedback({ subjectType: 'knowledgePoint', matterOwners: [reviewer], pointOwner: liaison }).rule).toBe('pointOwner');
  expect(routeFeedback({ subjectType: 'matter', matterOwners: [reviewer, liaison] })).toEqual({ owner: reviewer, rule: 'matterReviewer' });
});

test("a matter's own flag ignores any point owner", () => {
  expect(routeFeedback({ subjectType: 'matter', matterOwners: [], pointOwner: liaison })).toEqual({ owner: null, rule: 'unrouted' });
});

test('nobody to route to: unrouted, for the hotline office to assign', () => {
  expect(routeFeedback({ subjectType: 'bundle', matterOwners: [liaison] })).toEqual({ owner: null, rule: 'unrouted' });
});
