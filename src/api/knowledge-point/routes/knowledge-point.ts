import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::knowledge-point.knowledge-point', {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
