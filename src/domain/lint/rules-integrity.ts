/**
 * Rules that keep a guide publishable at all: required text present, keys unique and usable as
 * element ids, relations pointing at records that exist, materials named precisely.
 */
import type { Matter } from '../guide';
import { type GuideContext, indexOf } from '../publication/context';
import { ids, sortedFaqs, sortedMaterials } from '../publication/guide-fields';
import type { Finding } from './lint-message';
import { findVagueCatchAlls, vagueReason } from './lint-no-vague-catch-all';
import { placeInPlain } from './text-place';

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/** True when a text shows nothing (the same test the BLNS suite uses). */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** Required text: the name, the conditions, each material's name, each FAQ. */
export function requiredText(matter: Matter): Finding[] {
  const required: [string, string, string | undefined][] = [
    ['title', '事项名称', matter.taskName],
    ['acceptConditions', '受理条件', matter.acceptConditions],
  ];
  for (const material of sortedMaterials(matter)) required.push([ids.material(material.key, 'name'), '材料名称', material.name]);
  sortedFaqs(matter).forEach((faq, i) => {
    required.push([ids.faq(i + 1, 'question'), '问题', faq.question], [ids.faq(i + 1, 'answer'), '答案', faq.answer]);
  });
  return required.flatMap(([element, label, value]) =>
    isBlank(value) ? [{ ruleId: 'required-text' as const, element, reason: `Unexpected empty ${label}, expected text` }] : []);
}

/** Material keys are unique and id-safe; a location is listed once; one plain note per element. */
export function uniqueKeys(matter: Matter): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const material of matter.materials) {
    const element = `materials.${material.key}`;
    if (!KEY.test(material.key)) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected material key \`${material.key}\`, expected lower-case letters, digits and hyphens` });
    } else if (seen.has(material.key)) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected second material with key \`${material.key}\`, expected unique keys` });
    }
    seen.add(material.key);
  }
  const codes = new Set<string>();
  for (const code of matter.locations) {
    if (codes.has(code)) {
      findings.push({ ruleId: 'unique-key', element: 'locations', reason: `Unexpected location \`${code}\` listed twice, expected each once` });
    }
    codes.add(code);
  }
  const elements = new Set<string>();
  for (const note of matter.plainNotes) {
    if (elements.has(note.element)) {
      findings.push({ ruleId: 'unique-key', element: `plainNotes.${note.element}`, reason: `Unexpected second plain note for \`${note.element}\`, expected one per element` });
    }
    elements.add(note.element);
  }
  return findings;
}

/** The department and locations of a matter exist in the context. */
export function knownRelations(matter: Matter, context: GuideContext): Finding[] {
  const index = indexOf(context);
  const findings: Finding[] = [];
  if (!index.departments.has(matter.department)) {
    findings.push({ ruleId: 'dangling-reference', element: 'department', reason: `Unexpected department \`${matter.department}\`, expected the code of an existing department` });
  }
  for (const code of matter.locations) {
    if (index.locations.has(code)) continue;
    findings.push({ ruleId: 'dangling-reference', element: 'locations', reason: `Unexpected location code \`${code}\`, expected the code of an existing service location` });
  }
  return findings;
}

/** Material names name one document, never "其他材料". */
export function vagueMaterialNames(matter: Matter): Finding[] {
  return sortedMaterials(matter).flatMap((material) =>
    findVagueCatchAlls(material.name).map((match) => ({
      ruleId: 'no-vague-catch-all' as const,
      element: ids.material(material.key, 'name'),
      reason: vagueReason(match.phrase),
      ...placeInPlain(material.name, match.index, match.phrase.length),
    })));
}
