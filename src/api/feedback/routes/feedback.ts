/** Agents create feedback; the hotline office reads it (owners work in the admin). */
import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::feedback.feedback' as never, { only: ['find', 'findOne', 'create'] });
