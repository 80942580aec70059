/**
 * The reading order of a bundle (一件事) and the element ids its Publication and its lint
 * messages share, so a message points at the element a reader sees.
 */
import type { Bundle, BundleMember } from '../guide';
import type { GuideText } from './guide-fields';

/** Members by `order`; equal orders (a lint error) stay in a stable order by name. */
export function sortedMembers(bundle: Bundle): BundleMember[] {
  return [...bundle.members].sort((a, b) => a.order - b.order || compare(a.name, b.name));
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Element ids of a bundle. Members are named by their `order`, planned materials by `sharedKey`. */
export const bundleIds = {
  member: (order: number, field: 'name' | 'department' | 'after' | 'optional' | 'guide') => `members.${order}.${field}`,
  planned: (sharedKey: string, field: 'name' | 'providedBy' | 'usedIn' | 'note') => `materialPlan.${sharedKey}.${field}`,
  coDepartment: (position: number) => `coDepartments.${position}`,
};

/** The Markdown fields of a bundle, in reading order. */
export function bundleTexts(bundle: Bundle): GuideText[] {
  return [
    { element: 'summary', source: bundle.summary },
    { element: 'conditions', source: bundle.conditions },
  ];
}
