import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/ensure-locales';
import { grantPublicRead } from './bootstrap/grant-public-read';
import { registerInputValidation } from './bootstrap/validate-input';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerInputValidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
  },
};
