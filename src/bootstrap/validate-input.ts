import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { inputProblems } from '../validation/input-problems';

const WRITES = new Set(['create', 'update']);

/**
 * Refuses malformed input before anything is written, with Strapi's 400 envelope and the
 * path of every offending field. Covers the admin, the content API and scripts alike,
 * because it sits on the Document Service.
 */
export function registerInputValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!context.uid.startsWith('api::') || !WRITES.has(context.action)) return next();
    const data = (context.params as { data?: unknown }).data;
    const problems = inputProblems(context.uid, data);
    if (problems.length > 0) {
      throw new errors.ValidationError(`${problems.length} field(s) are invalid`, {
        errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
      });
    }
    return next();
  });
}
