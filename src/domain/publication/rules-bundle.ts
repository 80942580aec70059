/**
 * Inspection rules over a bundle (一件事): its texts are present, its members and planned
 * materials are uniquely keyed, every code and member order it names exists, and members only
 * wait for earlier members, so the order an applicant is told can always be followed.
 */
import { isSafeUrl } from '../../markdown/safe-url';
import type { Bundle } from '../guide';
import type { Finding } from '../lint/lint-message';
import { findVagueCatchAlls, vagueReason } from '../lint/lint-no-vague-catch-all';
import { isBlank } from '../lint/rules-integrity';
import { placeInPlain } from '../lint/text-place';
import { bundleIds, sortedMembers } from './bundle-fields';
import { type GuideContext, indexOf } from './context';

type BundleRule = (bundle: Bundle, context: GuideContext) => Finding[];

const KEY = /^[a-z0-9][a-z0-9-]*$/;

const dangling = (element: string, reason: string): Finding => ({ ruleId: 'dangling-reference', element, reason });

/** Required text: the name, summary and conditions, each member's and each material's name. */
export const bundleRequiredText: BundleRule = (bundle) => {
  const required: [string, string, string][] = [
    ['name', '一件事名称', bundle.name], ['summary', '一件事内容', bundle.summary], ['conditions', '申请条件', bundle.conditions],
    ...sortedMembers(bundle).map((m): [string, string, string] => [bundleIds.member(m.order, 'name'), '成员事项名称', m.name]),
    ...bundle.materialPlan.map((p): [string, string, string] => [bundleIds.planned(p.sharedKey, 'name'), '材料名称', p.name]),
  ];
  return required.flatMap(([element, label, value]) =>
    isBlank(value) ? [{ ruleId: 'required-text' as const, element, reason: `Unexpected empty ${label}, expected text` }] : []);
};

/** Member orders are positive whole numbers, used once; shared keys are id-safe and unique. */
export const bundleUniqueKeys: BundleRule = (bundle) => {
  const findings: Finding[] = [];
  const orders = new Set<number>();
  for (const member of bundle.members) {
    const element = bundleIds.member(member.order, 'name');
    if (!Number.isInteger(member.order) || member.order < 1) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected member order \`${member.order}\`, expected a whole number from 1` });
    } else if (orders.has(member.order)) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected second member with order ${member.order}, expected unique orders` });
    }
    orders.add(member.order);
  }
  const keys = new Set<string>();
  for (const planned of bundle.materialPlan) {
    const element = bundleIds.planned(planned.sharedKey, 'name');
    if (!KEY.test(planned.sharedKey)) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected shared key \`${planned.sharedKey}\`, expected lower-case letters, digits and hyphens` });
    } else if (keys.has(planned.sharedKey)) {
      findings.push({ ruleId: 'unique-key', element, reason: `Unexpected second planned material \`${planned.sharedKey}\`, expected each material once` });
    }
    keys.add(planned.sharedKey);
  }
  const repeated = bundle.locations.filter((code, i) => bundle.locations.indexOf(code) !== i);
  for (const code of repeated) {
    findings.push({ ruleId: 'unique-key', element: 'locations', reason: `Unexpected location \`${code}\` listed twice, expected each once` });
  }
  return findings;
};

/** The departments, locations and member matters a bundle names exist in the context. */
export const bundleRelations: BundleRule = (bundle, context) => {
  const index = indexOf(context);
  const department = (element: string, code: string) =>
    (index.departments.has(code) ? [] : [dangling(element, `Unexpected department \`${code}\`, expected the code of an existing department`)]);
  return [
    ...department('leadDepartment', bundle.leadDepartment),
    ...bundle.coDepartments.flatMap((code, i) => department(bundleIds.coDepartment(i + 1), code)),
    ...sortedMembers(bundle).flatMap((member) => [
      ...department(bundleIds.member(member.order, 'department'), member.department),
      ...(member.matter === undefined || index.matters.has(member.matter)
        ? []
        : [dangling(bundleIds.member(member.order, 'guide'), `Unexpected matter \`${member.matter}\`, expected the code of an existing matter`)]),
    ]),
    ...bundle.locations.flatMap((code) =>
      (index.locations.has(code) ? [] : [dangling('locations', `Unexpected location code \`${code}\`, expected the code of an existing service location`)])),
  ];
};

/**
 * A member waits only for members that exist and come before it. Pointing at itself or at a
 * later member would make a cycle: no order would let the applicant start.
 */
export const memberDependencies: BundleRule = (bundle) => {
  const orders = new Set(bundle.members.map((m) => m.order));
  return sortedMembers(bundle).flatMap((member) => member.dependsOn.flatMap((order) => {
    const element = bundleIds.member(member.order, 'after');
    if (!orders.has(order)) return [dangling(element, `Unexpected dependency on member ${order}, expected the order of an existing member`)];
    if (order >= member.order) {
      return [dangling(element, `Unexpected dependency on member ${order} from member ${member.order}, expected an earlier member (a later one makes a cycle)`)];
    }
    return [];
  }));
};

/** Planned materials name members that exist: those using them and the one producing them. */
export const planReferences: BundleRule = (bundle) => {
  const orders = new Set(bundle.members.map((m) => m.order));
  return bundle.materialPlan.flatMap((planned) => {
    const findings = planned.usedBy.filter((order) => !orders.has(order)).map((order) =>
      dangling(bundleIds.planned(planned.sharedKey, 'usedIn'), `Unexpected member ${order} in usedBy, expected the order of an existing member`));
    const provided = bundleIds.planned(planned.sharedKey, 'providedBy');
    if (planned.generatedBy !== undefined && !orders.has(planned.generatedBy)) {
      findings.push(dangling(provided, `Unexpected generatedBy member ${planned.generatedBy}, expected the order of an existing member`));
    }
    if (planned.providedBy === '前序事项生成' && planned.generatedBy === undefined) {
      findings.push(dangling(provided, 'Unexpected 前序事项生成 without generatedBy, expected the order of the member that produces it'));
    }
    return findings;
  });
};

/** Planned materials name one document each, never "其他材料". */
export const vaguePlanNames: BundleRule = (bundle) =>
  bundle.materialPlan.flatMap((planned) => findVagueCatchAlls(planned.name).map((match) => ({
    ruleId: 'no-vague-catch-all' as const,
    element: bundleIds.planned(planned.sharedKey, 'name'),
    reason: vagueReason(match.phrase),
    ...placeInPlain(planned.name, match.index, match.phrase.length),
  })));

/** The online address and the online consultation link are http(s) or site-relative. */
export const bundleSafeUrls: BundleRule = (bundle) => {
  const urls: [string, string | undefined][] = [['onlineUrl', bundle.onlineUrl], ['contact.consultOnline', bundle.consult.online]];
  return urls.flatMap(([element, url]) => {
    if (url === undefined || isSafeUrl(url)) return [];
    return [{ ruleId: 'safe-url' as const, element, reason: `Unexpected URL \`${url}\`, expected an http(s) address` }];
  });
};

/** Every bundle rule, in report order. */
export const BUNDLE_RULES: readonly BundleRule[] = [
  bundleRequiredText, bundleUniqueKeys, bundleRelations, memberDependencies, planReferences, vaguePlanNames, bundleSafeUrls,
];
