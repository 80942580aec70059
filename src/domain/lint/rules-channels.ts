/**
 * Inspection rules on how a matter is handled (domain-facts §1.9 rules 4–7) and on the URLs a
 * guide publishes.
 */
import { isSafeUrl } from '../../markdown/safe-url';
import type { Matter } from '../guide';
import type { Finding } from './lint-message';

/** "无" is the element's sentinel for "none", whatever the locale's copy turned it into. */
export function isNone(value: string): boolean {
  return ['', '无', '無', 'none'].includes(value.trim().toLowerCase());
}

function noReason(reason: string): boolean {
  return isNone(reason);
}

/** Rule 4: visits on site ≠ 0 ⇒ a reason for on-site handling. */
export function onSiteReason(matter: Matter): Finding[] {
  if (matter.onSiteVisits === 0 || !noReason(matter.onSiteReason)) return [];
  return [{
    ruleId: 'on-site-reason',
    element: 'handling.onSiteReason',
    reason: `Unexpected empty reason for ${matter.onSiteVisits} on-site visit(s), expected why the applicant must come in person`,
  }];
}

/** Rule 5: no visits ⇒ the reason is "无" (a warning: special cases exist). */
export function onSiteReasonNone(matter: Matter): Finding[] {
  if (matter.onSiteVisits !== 0 || noReason(matter.onSiteReason)) return [];
  return [{
    ruleId: 'on-site-reason-none',
    element: 'handling.onSiteReason',
    reason: `Unexpected on-site reason \`${matter.onSiteReason}\` for 0 visits, expected \`无\``,
  }];
}

/** Rule 6: no visits and not online ⇒ application by post is offered. */
export function postalWhenNoVisit(matter: Matter): Finding[] {
  if (matter.onSiteVisits !== 0 || matter.isOnline || matter.handlingModes.includes('邮寄申请')) return [];
  return [{
    ruleId: 'postal-when-no-visit',
    element: 'handling.modes',
    reason: `Unexpected 办理形式 \`${matter.handlingModes.join('、')}\` for 0 visits and no online service, expected \`邮寄申请\` among them`,
  }];
}

/** Rule 7: online depth Ⅳ (全程网办) ⇒ no visits. */
export function fullOnlineNoVisit(matter: Matter): Finding[] {
  if (matter.onlineDepth !== 'Ⅳ' || matter.onSiteVisits === 0) return [];
  return [{
    ruleId: 'full-online-no-visit',
    element: 'handling.onSiteVisits',
    reason: `Unexpected ${matter.onSiteVisits} on-site visit(s) for online depth Ⅳ (全程网办), expected 0`,
  }];
}

/** An online matter tells where to apply online, and only an online one has a depth. */
export function onlineUrl(matter: Matter): Finding[] {
  if (matter.isOnline && !matter.onlineUrl?.trim()) {
    return [{ ruleId: 'online-url', element: 'handling.onlineUrl', reason: 'Unexpected online matter without 网办地址, expected `onlineUrl`' }];
  }
  if (!matter.isOnline && matter.onlineDepth !== undefined) {
    return [{
      ruleId: 'online-url',
      element: 'handling.online',
      reason: `Unexpected online depth \`${matter.onlineDepth}\` for a matter not handled online, expected none`,
    }];
  }
  return [];
}

/** Every URL a guide publishes is http(s), mailto, tel or site-relative. */
export function safeUrls(matter: Matter): Finding[] {
  const urls: [string, string | undefined][] = [
    ['handling.onlineUrl', matter.onlineUrl],
    ['handling.mobileUrl', matter.mobileUrl],
    ['handling.booking', matter.bookingUrl],
    ['contact.consultOnline', matter.consult.online],
    ['contact.complaintOnline', matter.complaint.online],
    ['result.sample', matter.resultSample?.url],
  ];
  for (const material of matter.materials) {
    urls.push([`materials.${material.key}.sample`, material.sampleForm?.url]);
    urls.push([`materials.${material.key}.blank`, material.blankForm?.url]);
  }
  return urls.flatMap(([element, url]) => {
    if (url === undefined || isSafeUrl(url)) return [];
    return [{ ruleId: 'safe-url' as const, element, reason: `Unexpected URL \`${url}\`, expected an http(s) address` }];
  });
}
