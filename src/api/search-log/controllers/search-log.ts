import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::search-log.search-log' as never);
