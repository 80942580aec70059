/** The raw search log, for the hotline office only (agents write it through the search route). */
import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::search-log.search-log' as never, { only: ['find', 'findOne'] });
