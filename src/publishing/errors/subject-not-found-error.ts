import { PublishingError } from './publishing-error';

/** No such document, locale or release. */
export class SubjectNotFoundError extends PublishingError {
  override readonly name = 'SubjectNotFoundError';
  readonly status = 404;
}
