import { factories } from '@strapi/strapi';
import { applyDefaultPopulate } from '../../default-populate';

const UID = 'api::bundle.bundle';

export default factories.createCoreController(UID, () => ({
  async find(ctx) {
    applyDefaultPopulate(ctx, UID);
    return super.find(ctx);
  },
  async findOne(ctx) {
    applyDefaultPopulate(ctx, UID);
    return super.findOne(ctx);
  },
}));
