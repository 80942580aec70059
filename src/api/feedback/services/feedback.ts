import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::feedback.feedback' as never);
