import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../domain/value-sets';

const LOCALE_NAMES: Record<string, string> = {
  'zh-CN': '简体中文 (zh-CN)',
  'zh-HK': '繁體中文（香港）(zh-HK)',
  en: 'English (en)',
};

/** Creates the three content locales if missing and makes zh-CN the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await locales.find();
  const have = new Set(existing.map((locale) => locale.code));
  for (const [code, name] of Object.entries(LOCALE_NAMES)) {
    if (!have.has(code)) await locales.create({ code, name });
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
