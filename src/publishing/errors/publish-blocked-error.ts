import { PublishingError } from './publishing-error';

/** The guide has lint errors: publishing is refused, with every message in `details.messages`. */
export class PublishBlockedError extends PublishingError {
  override readonly name = 'PublishBlockedError';
  readonly status = 422;
}
