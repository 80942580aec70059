/**
 * Who answers a flag (纠错): the matter's 编辑 first, because the answer's wording comes from
 * the guide they keep. A knowledge point without a matter goes to its own owner. When the
 * first choice is missing, the chain falls back rather than dropping the flag; a flag nobody
 * can take is `unrouted` and shows up for the hotline office to assign.
 */
import type { FeedbackSubjectType } from './feedback-terms';

/** Owner roles as stored (component guide.owner): 编辑, 审核, 分管领导, 热线联络员. */
export type OwnerRoleCode = 'editor' | 'reviewer' | 'leader' | 'hotlineLiaison';

export type OwnerContact = { role: OwnerRoleCode; name: string; phone: string; email?: string | null; backup?: string | null };

export type RoutingInput = {
  subjectType: FeedbackSubjectType;
  /** Owners of the matter the flagged text comes from (for a bundle: its lead member matter). */
  matterOwners: readonly OwnerContact[];
  /** A knowledge point's own owner (维护负责人). */
  pointOwner?: OwnerContact | null;
};

export type RoutingRule = 'matterEditor' | 'pointOwner' | 'matterReviewer' | 'unrouted';

export type Routed = { owner: OwnerContact | null; rule: RoutingRule };

const byRole = (owners: readonly OwnerContact[], role: OwnerRoleCode) => owners.find((owner) => owner.role === role);

/** The owner a flag goes to, and the rule that chose them. */
export function routeFeedback(input: RoutingInput): Routed {
  const editor = byRole(input.matterOwners, 'editor');
  const reviewer = byRole(input.matterOwners, 'reviewer');
  const point = input.subjectType === 'knowledgePoint' ? input.pointOwner ?? undefined : undefined;
  const chain: [OwnerContact | undefined, RoutingRule][] = [
    [editor, 'matterEditor'],
    [point, 'pointOwner'],
    [reviewer, 'matterReviewer'],
  ];
  for (const [owner, rule] of chain) if (owner) return { owner, rule };
  return { owner: null, rule: 'unrouted' };
}
