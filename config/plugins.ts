import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/runtime/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret(env, 'JWT_SECRET'),
    },
  },
  i18n: {
    config: {
      defaultLocale: 'zh-CN',
    },
  },
});

export default config;
