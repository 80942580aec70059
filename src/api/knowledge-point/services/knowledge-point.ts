import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::knowledge-point.knowledge-point');
