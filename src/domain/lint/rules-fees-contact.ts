/**
 * Inspection rules on fees and contact channels (domain-facts §1.9 rules 8–10).
 */
import type { Matter } from '../guide';
import type { Finding } from './lint-message';
import { sortedFees } from '../publication/guide-fields';

const AREA_CODE = '0769';

/** Rule 8: a charged matter has a fee basis and complete fee items. */
export function feeComplete(matter: Matter): Finding[] {
  if (!matter.isCharged) return [];
  const findings: Finding[] = [];
  if (!matter.feeBasis?.trim()) {
    findings.push({ ruleId: 'fee-complete', element: 'fees.basis', reason: 'Unexpected charged matter without 收费依据, expected `feeBasis`' });
  }
  if (matter.feeItems.length === 0) {
    findings.push({ ruleId: 'fee-complete', element: 'fees.items', reason: 'Unexpected charged matter without fee items, expected at least one 收费项目' });
  }
  sortedFees(matter).forEach((item, i) => {
    for (const field of ['name', 'standard'] as const) {
      if (item[field].trim() !== '') continue;
      const label = field === 'name' ? '收费项目名称' : '收费标准';
      findings.push({ ruleId: 'fee-complete', element: `fees.items.${i + 1}.${field}`, reason: `Unexpected empty ${label}, expected it filled` });
    }
  });
  return findings;
}

/** Rule 9: a free matter does not offer online payment (nor list fee items). */
export function noPaymentWhenFree(matter: Matter): Finding[] {
  if (matter.isCharged) return [];
  const findings: Finding[] = [];
  if (matter.onlinePayment) {
    findings.push({ ruleId: 'no-payment-when-free', element: 'fees.onlinePayment', reason: 'Unexpected online payment for a free matter, expected `onlinePayment: false`' });
  }
  if (matter.feeItems.length > 0) {
    findings.push({ ruleId: 'no-payment-when-free', element: 'fees.items', reason: `Unexpected ${matter.feeItems.length} fee item(s) for a free matter, expected none` });
  }
  return findings;
}

/** Digits of a phone number, without spaces, hyphens or brackets. */
function digitsOf(phone: string): string {
  return phone.replace(/[\s\-()（）]/g, '');
}

/** Rule 10: consultation and complaint phones present, different, with the 0769 area code. */
export function contactPhones(matter: Matter): Finding[] {
  const findings: Finding[] = [];
  const phones = [
    ['contact.consultPhone', '咨询电话', matter.consult.phone],
    ['contact.complaintPhone', '投诉电话', matter.complaint.phone],
  ] as const;
  for (const [element, label, phone] of phones) {
    const digits = digitsOf(phone ?? '');
    if (digits === '') {
      findings.push({ ruleId: 'contact-phones', element, reason: `Unexpected empty ${label}, expected a number with area code ${AREA_CODE}` });
    } else if (!digits.startsWith(AREA_CODE) || !/^\d+$/.test(digits)) {
      findings.push({ ruleId: 'contact-phones', element, reason: `Unexpected ${label} \`${phone}\`, expected a number with area code ${AREA_CODE} (e.g. 0769-12345)` });
    }
  }
  const [consult, complaint] = phones.map(([, , phone]) => digitsOf(phone ?? ''));
  if (consult !== '' && consult === complaint) {
    findings.push({
      ruleId: 'contact-phones',
      element: 'contact.complaintPhone',
      reason: `Unexpected 投诉电话 equal to 咨询电话 \`${matter.complaint.phone}\`, expected a different number`,
    });
  }
  return findings;
}
