import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::search-log.search-log' as never);
