import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::service-location.service-location', {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
});
