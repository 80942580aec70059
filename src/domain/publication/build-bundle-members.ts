/**
 * The members of a bundle Publication in order, each with the members it waits for in words,
 * and the de-duplicated material plan: each material once, who provides it, who uses it.
 */
import { plainRuns } from '../../markdown/rich-text';
import { isSafeUrl } from '../../markdown/safe-url';
import type { Bundle, BundleMember, PlannedMaterial } from '../guide';
import type { Locale } from '../value-sets';
import { bundleIds, sortedMembers } from './bundle-fields';
import type { bundlePhrasesOf } from './bundle-phrases';
import { type GuideContext, indexOf, matterUrlOf } from './context';
import { compact, labelLine, line, linkLine, optionalLine } from './lines';
import type { BundleMemberEntry, DepartmentEntry, LabelLine, Line, Passage, PlannedMaterialEntry } from './types';

/** What the section builders of a bundle Publication share. */
export type BundleState = {
  bundle: Bundle;
  locale: Locale;
  context: GuideContext;
  words: ReturnType<typeof bundlePhrasesOf>;
  /** Converted Markdown fields by element id. */
  passages: ReadonlyMap<string, Passage>;
  /** Member order → member name. */
  names: ReadonlyMap<number, string>;
};

/** Member orders ascending, each once. */
function orders(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function nameOf(state: BundleState, order: number): string {
  const name = state.names.get(order);
  if (name === undefined) throw new Error(`Member ${order} of ${state.bundle.code} does not exist`);
  return name;
}

/** A department by code; lint has already refused unknown codes. */
export function departmentEntry(id: string, code: string, state: BundleState): DepartmentEntry {
  const department = indexOf(state.context).departments.get(code);
  if (!department) throw new Error(`Department ${code} of ${state.bundle.code} is not in the context`);
  return { code, name: line(id, department.name) };
}

/** Members in order. */
export function buildMembers(state: BundleState): BundleMemberEntry[] {
  return sortedMembers(state.bundle).map((member) => {
    const id = (field: Parameters<typeof bundleIds.member>[1]) => bundleIds.member(member.order, field);
    const dependsOn = orders(member.dependsOn);
    const after = dependsOn.length === 0 ? undefined : state.words.after(dependsOn.map((order) => nameOf(state, order)));
    return compact<BundleMemberEntry>({
      order: member.order,
      dependsOn,
      optional: member.optional ?? false,
      matter: member.matter,
      name: line(id('name'), member.name),
      department: departmentEntry(id('department'), member.department, state),
      after: optionalLine(id('after'), after),
      optionalNote: member.optional ? line(id('optional'), state.words.optional) : undefined,
      guide: guideLine(member, state),
    });
  });
}

/** The member matter's own guide, linked by the matter's name. */
function guideLine(member: BundleMember, state: BundleState): Line | undefined {
  if (member.matter === undefined) return undefined;
  const matter = indexOf(state.context).matters.get(member.matter);
  if (!matter) throw new Error(`Matter ${member.matter} of ${state.bundle.code} is not in the context`);
  const id = bundleIds.member(member.order, 'guide');
  const href = matterUrlOf(state.context, matter.code);
  // LinkKind has no kind for a guide page; 'external' is what a Markdown link to it would get.
  return isSafeUrl(href) ? linkLine(id, matter.taskName, href, 'external') : line(id, matter.taskName);
}

/** The material plan, in the editor's order. */
export function buildMaterialPlan(state: BundleState): PlannedMaterialEntry[] {
  return state.bundle.materialPlan.map((planned) => {
    const usedBy = orders(planned.usedBy);
    return compact<PlannedMaterialEntry>({
      sharedKey: planned.sharedKey,
      usedBy,
      generatedBy: planned.generatedBy,
      name: line(bundleIds.planned(planned.sharedKey, 'name'), planned.name),
      providedBy: providedByLine(planned, state),
      usedIn: optionalLine(bundleIds.planned(planned.sharedKey, 'usedIn'), usedInText(usedBy, state)),
      note: optionalLine(bundleIds.planned(planned.sharedKey, 'note'), planned.note),
    });
  });
}

/** 申请人提供 / 电子证照调取 / 数据共享核验, or 由前序事项生成（the producing member）. */
function providedByLine(planned: PlannedMaterial, state: BundleState): LabelLine {
  const label = labelLine(bundleIds.planned(planned.sharedKey, 'providedBy'), 'PROVIDED_BY', planned.providedBy, state.locale);
  if (planned.providedBy !== '前序事项生成' || planned.generatedBy === undefined) return label;
  return { ...label, runs: plainRuns(state.words.generatedBy(nameOf(state, planned.generatedBy))) };
}

function usedInText(usedBy: readonly number[], state: BundleState): string | undefined {
  if (usedBy.length === 0) return undefined;
  const everyMember = state.names.size > 1 && [...state.names.keys()].every((order) => usedBy.includes(order));
  if (everyMember) return state.words.usedByAll;
  return state.words.usedIn(usedBy.map((order) => nameOf(state, order)));
}
