/**
 * How the builder words values that are not free text (a time limit, copies, yes/no flags) in
 * each locale. These words become part of the Publication, so every channel says them alike.
 */
import type { LegalCitation } from '../guide';
import { labelOf } from '../labels';
import type { Locale, TimeUnit } from '../value-sets';

type Phrases = {
  timeLimit: (value: number, unit: TimeUnit) => string;
  copies: (original: number, copy: number) => string | undefined;
  visits: (count: number) => string;
  charged: (yes: boolean) => string;
  payment: (yes: boolean) => string;
  online: (yes: boolean, depth: string | undefined) => string;
  courier: (yes: boolean) => string;
  booking: string;
  bookingLink: string;
  /** The reduction basis as written, or a plain "reductions available" when none is given. */
  reduction: (basis: string | undefined) => string;
  tolerance: (days: number) => string;
  citation: (c: LegalCitation) => string;
  listSeparator: string;
  /** The sentinel "无" of elements such as 特别程序, in the locale. */
  none: string;
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function chineseCopies(original: number, copy: number, copyWord: string): string | undefined {
  const parts = [original > 0 ? `原件${original}份` : '', copy > 0 ? `${copyWord}${copy}份` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join('，') : undefined;
}

function chineseCitation(c: LegalCitation): string {
  const name = c.lawName.startsWith('《') ? c.lawName : `《${c.lawName}》`;
  return `${name}${c.docNumber ? `（${c.docNumber}）` : ''}${c.article ?? ''}`;
}

const ZH_CN: Phrases = {
  timeLimit: (value, unit) => (unit === '即办' ? '即办' : `${value}个${unit}`),
  copies: (original, copy) => chineseCopies(original, copy, '复印件'),
  visits: (count) => `${count}次`,
  charged: (yes) => (yes ? '收费' : '不收费'),
  payment: (yes) => (yes ? '支持网上支付' : '不支持网上支付'),
  online: (yes, depth) => (yes ? `可以网上办理${depth ? `，网上办理深度${depth}` : ''}` : '不能网上办理'),
  courier: (yes) => (yes ? '支持物流快递' : '不支持物流快递'),
  booking: '支持预约办理',
  bookingLink: '在线预约',
  reduction: (basis) => basis ?? '可以减免',
  tolerance: (days) => `可先受理，${days}日内补交`,
  citation: chineseCitation,
  listSeparator: '、',
  none: '无',
};

const ZH_HK: Phrases = {
  timeLimit: (value, unit) => (unit === '即办' ? '即辦' : `${value}個${unit}`),
  copies: (original, copy) => chineseCopies(original, copy, '複印件'),
  visits: (count) => `${count}次`,
  charged: (yes) => (yes ? '收費' : '不收費'),
  payment: (yes) => (yes ? '支持網上支付' : '不支持網上支付'),
  online: (yes, depth) => (yes ? `可以網上辦理${depth ? `，網上辦理深度${depth}` : ''}` : '不能網上辦理'),
  courier: (yes) => (yes ? '支持物流快遞' : '不支持物流快遞'),
  booking: '支持預約辦理',
  bookingLink: '網上預約',
  reduction: (basis) => basis ?? '可以減免',
  tolerance: (days) => `可先受理，${days}日內補交`,
  citation: chineseCitation,
  listSeparator: '、',
  none: '無',
};

const EN: Phrases = {
  timeLimit: (value, unit) => (unit === '即办' ? 'On the spot' : `${value} ${unitWord(value, unit)}`),
  copies: (original, copy) => {
    const parts = [original > 0 ? plural(original, 'original', 'originals') : '', copy > 0 ? plural(copy, 'copy', 'copies') : ''];
    const text = parts.filter(Boolean).join(', ');
    return text === '' ? undefined : text;
  },
  visits: (count) => plural(count, 'visit', 'visits'),
  charged: (yes) => (yes ? 'Charged' : 'Free of charge'),
  payment: (yes) => (yes ? 'Online payment accepted' : 'No online payment'),
  online: (yes, depth) => (yes ? `Available online${depth ? `, ${depth}` : ''}` : 'Not available online'),
  courier: (yes) => (yes ? 'Courier service available' : 'No courier service'),
  booking: 'Appointments available',
  bookingLink: 'Book online',
  reduction: (basis) => basis ?? 'Reductions available',
  tolerance: (days) => `Accepted first; supply within ${plural(days, 'day', 'days')}`,
  citation: (c) => `${c.lawName}${c.docNumber ? ` (${c.docNumber})` : ''}${c.article ? `, ${c.article}` : ''}`,
  listSeparator: ', ',
  none: 'None',
};

function unitWord(value: number, unit: TimeUnit): string {
  const label = labelOf('TIME_UNITS', unit, 'en');
  return value === 1 ? label.replace(/s$/, '') : label;
}

const PHRASES: Readonly<Record<Locale, Phrases>> = { 'zh-CN': ZH_CN, 'zh-HK': ZH_HK, en: EN };

/** The phrase builders of a locale. */
export function phrasesOf(locale: Locale): Phrases {
  return PHRASES[locale];
}
