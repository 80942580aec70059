/**
 * The SMS an agent sends a caller after the call: the short answer and a link to the full
 * guide on the web. Chinese text travels as UCS-2, 70 characters in one message and 67 per
 * part of a long one, so "SMS length" here is two parts: 134 characters, link included.
 */
import type { Locale } from '../domain/value-sets';

export const SMS_MAX_CHARS = 134;

const SIGNATURES: Record<Locale, string> = { 'zh-CN': '【东莞12345】', 'zh-HK': '【東莞12345】', en: '[Dongguan 12345] ' };
const LINK_LEADS: Record<Locale, string> = { 'zh-CN': '详见：', 'zh-HK': '詳見：', en: ' Details: ' };
const SENTENCE_END = /[。；！？!?;.]/u;

export type SmsInput = { locale: Locale; text: string; link?: string | null };

const length = (text: string) => [...text].length;

/** The longest prefix of `text` within `budget` characters, ending at a sentence if one fits. */
function fitText(text: string, budget: number): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  if (chars.length <= budget) return chars.join('');
  if (budget <= 1) return '';
  const head = chars.slice(0, budget);
  for (let i = head.length - 1; i >= Math.floor(budget / 2); i -= 1) {
    if (SENTENCE_END.test(head[i])) return head.slice(0, i + 1).join('');
  }
  return `${head.slice(0, budget - 1).join('')}…`;
}

/** The SMS for a caller: signature, the answer cut to fit, and the guide link when there is one. */
export function smsText({ locale, text, link }: SmsInput): string {
  const signature = SIGNATURES[locale];
  const tail = link ? `${LINK_LEADS[locale]}${link}` : '';
  const budget = SMS_MAX_CHARS - length(signature) - length(tail);
  if (budget < 10) return fitText(`${signature}${text}`, SMS_MAX_CHARS);
  return `${signature}${fitText(text, budget)}${tail}`;
}
