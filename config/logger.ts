import { formats, winston } from '@strapi/logger';

/** Log level from LOG_LEVEL (default "http": one line per request); tests run at "error". */
const level = process.env.LOG_LEVEL ?? 'http';

export default {
  level,
  transports: [
    new winston.transports.Console({
      level,
      format: winston.format.combine(formats.levelFilter(level), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
