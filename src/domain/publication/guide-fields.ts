/**
 * The order every channel lists things in, and the element ids shared by the Publication and
 * lint messages, so a message's element path is the id of the element the reader sees.
 */
import type { Faq, FeeItem, Markdown, Material, Matter, ProcessStep } from '../guide';

/** Ascending by `order`, ties broken by a stable key so equal orders never flip. */
function byOrder<T extends { order: number }>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => a.order - b.order || compare(key(a), key(b)));
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Materials in reading order. */
export function sortedMaterials(matter: Matter): Material[] {
  return byOrder(matter.materials, (m) => m.key);
}

/** Process steps in reading order. */
export function sortedSteps(steps: readonly ProcessStep[]): ProcessStep[] {
  return byOrder(steps, (s) => s.name);
}

/** Fee items in reading order. */
export function sortedFees(matter: Matter): FeeItem[] {
  return byOrder(matter.feeItems, (f) => f.name);
}

/** FAQs in reading order. */
export function sortedFaqs(matter: Matter): Faq[] {
  return byOrder(matter.faqs, (f) => f.question);
}

/** Element ids. Positions are 1-based over the sorted lists. */
export const ids = {
  material: (key: string, field: string) => `materials.${key}.${field}`,
  step: (flow: 'offline' | 'online', position: number, field: string) => `steps.${flow}.${position}.${field}`,
  fee: (position: number, field: string) => `fees.items.${position}.${field}`,
  faq: (position: number, field: 'question' | 'answer') => `faqs.${position}.${field}`,
  location: (code: string, field: string) => `locations.${code}.${field}`,
  item: (list: string, position: number) => `${list}.${position}`,
};

/** One Markdown field of a guide with its element id. */
export type GuideText = { element: string; source: Markdown };

/** Every Markdown field of a matter, in reading order. */
export function guideTexts(matter: Matter): GuideText[] {
  const texts: GuideText[] = [{ element: 'acceptConditions', source: matter.acceptConditions }];
  for (const material of sortedMaterials(matter)) {
    if (material.fillingInstructions !== undefined) {
      texts.push({ element: ids.material(material.key, 'fillingInstructions'), source: material.fillingInstructions });
    }
  }
  for (const flow of ['offline', 'online'] as const) {
    const steps = sortedSteps(flow === 'offline' ? matter.offlineSteps : matter.onlineSteps);
    steps.forEach((step, i) => {
      if (step.note !== undefined) texts.push({ element: ids.step(flow, i + 1, 'note'), source: step.note });
    });
  }
  sortedFaqs(matter).forEach((faq, i) => texts.push({ element: ids.faq(i + 1, 'answer'), source: faq.answer }));
  return texts;
}
