import { PublishingError } from './publishing-error';

/** The edit or publish was based on a version that is no longer the latest (GOV.UK's previous_version). */
export class EditConflictError extends PublishingError {
  override readonly name = 'EditConflictError';
  readonly status = 409;
}
