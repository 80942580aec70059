import type { StrapiApp } from '@strapi/strapi/admin';

/** Admin panel: offered in Simplified Chinese as well as English, for department editors. */
export default {
  config: {
    locales: ['zh-Hans'],
  },
  bootstrap(app: StrapiApp) {
    void app;
  },
};
