/**
 * 纠错 from an answer: what is wrong, a comment, and the caller's own words. The server routes
 * it to the matter's 编辑 with a one-working-day deadline and says who got it.
 */
import { useState } from 'preact/hooks';
import { api } from '../api';
import { formatDeadline, useStrings } from '../i18n';
import type { FeedbackCategory, FeedbackReceipt, SubjectSummary } from '../types';

type Props = { subject: SubjectSummary; callerQuestion: string; searchId?: string; onClose: (receipt?: FeedbackReceipt) => void };

const CATEGORIES: FeedbackCategory[] = ['wrong', 'outdated', 'unclear', 'missing'];

export function receiptText(t: ReturnType<typeof useStrings>, receipt: FeedbackReceipt): string {
  const due = formatDeadline(receipt.dueAt);
  return receipt.ownerName ? t.feedbackSent(receipt.ownerName, due) : t.feedbackUnrouted(due);
}

export function FeedbackForm({ subject, callerQuestion, searchId, onClose }: Props) {
  const t = useStrings();
  const [category, setCategory] = useState<FeedbackCategory>('outdated');
  const [comment, setComment] = useState('');
  const [question, setQuestion] = useState(callerQuestion);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = { subjectType: subject.type, subjectCode: subject.code, locale: subject.locale, category, comment, callerQuestion: question, searchId };
      const answer = await api.post<{ data: FeedbackReceipt }>('/api/feedbacks', { data: body });
      onClose(answer.data);
    } catch (failure) {
      setError(`${t.feedbackFailed}${(failure as Error).message}`);
      setBusy(false);
    }
  }

  return (
    <div class="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="feedback-title">
      <form class="dialog" onSubmit={submit}>
        <h2 id="feedback-title">{t.feedbackTitle}</h2>
        <p class="dialog-subject">{subject.code} · {subject.title}</p>
        <fieldset class="categories">
          {CATEGORIES.map((value) => (
            <label key={value}>
              <input type="radio" name="category" value={value} checked={category === value} onChange={() => setCategory(value)} />
              {t.categories[value]}
            </label>
          ))}
        </fieldset>
        <label>
          {t.comment}
          <textarea name="comment" required maxLength={2000} rows={3} placeholder={t.commentPlaceholder} value={comment} onInput={(e) => setComment(e.currentTarget.value)} autoFocus />
        </label>
        <label>
          {t.callerQuestion}
          <input name="callerQuestion" maxLength={500} value={question} onInput={(e) => setQuestion(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>{busy ? t.submitting : t.submit}</button>
          <button type="button" class="ghost" onClick={() => onClose()}>{t.close}</button>
        </div>
      </form>
      </div>
    </div>
  );
}
