import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::bundle.bundle', {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
