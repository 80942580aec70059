import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/ensure-locales';
import { grantPublicRead } from './bootstrap/grant-public-read';
import { setUpHotline } from './bootstrap/hotline-roles';
import { registerEditLocks } from './bootstrap/register-edit-locks';
import { registerPublishPipeline } from './bootstrap/register-publish-pipeline';
import { setUpPublishing, tearDownPublishing } from './bootstrap/set-up-publishing';
import { closeSearch, registerSearchVocabularyWatch, setUpSearch } from './bootstrap/set-up-search';
import { registerInputValidation } from './bootstrap/validate-input';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerInputValidation(strapi);
    registerEditLocks(strapi);
    registerPublishPipeline(strapi);
    registerSearchVocabularyWatch(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
    await setUpPublishing(strapi, await setUpSearch(strapi));
    await setUpHotline(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await tearDownPublishing(strapi);
    await closeSearch(strapi);
  },
};
