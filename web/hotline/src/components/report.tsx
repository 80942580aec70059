/**
 * The hotline office's report: the measures, the queries nobody found an answer to (for
 * editors to add similar questions or new knowledge points), the most flagged knowledge
 * points and the flags still open, over the last 7 or 30 days.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { formatDeadline, useStrings } from '../i18n';
import type { FeedbackItem, Measures, UnansweredQuery } from '../types';

type Data = { measures: Measures; unanswered: UnansweredQuery[]; open: FeedbackItem[] };

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

async function load(days: number): Promise<Data> {
  const [measures, unanswered, open] = await Promise.all([
    api.get<{ data: Measures }>('/api/hotline/measures', { days }),
    api.get<{ data: UnansweredQuery[] }>('/api/hotline/unanswered', { days, limit: 20 }),
    api.get<{ data: FeedbackItem[] }>('/api/feedbacks', { 'filters[state][$eq]': 'open', sort: 'dueAt:asc', 'pagination[pageSize]': 50 }),
  ]);
  return { measures: measures.data, unanswered: unanswered.data, open: open.data };
}

function Cards({ m }: { m: Measures }) {
  const t = useStrings();
  const w = t.measures;
  return (
    <div class="cards">
      <div class="card" data-measure="directAnswerRate"><b>{percent(m.directAnswerRate.rate)}</b><span>{w.directAnswerRate}</span><small>{m.directAnswerRate.numerator} / {m.directAnswerRate.denominator} {w.calls}</small></div>
      <div class="card" data-measure="zeroResultRate"><b>{percent(m.zeroResultRate.rate)}</b><span>{w.zeroResultRate}</span><small>{m.zeroResultRate.numerator} / {m.zeroResultRate.denominator} {w.searches}</small></div>
      <div class="card" data-measure="medianMsToOpen"><b>{m.medianMsToOpen === null ? '—' : t.seconds((m.medianMsToOpen / 1000).toFixed(1))}</b><span>{w.medianMsToOpen}</span><small>{m.timedOpenings} {w.times}</small></div>
      <div class="card" data-measure="feedback"><b>{m.feedback.open}</b><span>{w.openFeedback}</span><small>{w.overdueOf(m.feedback.overdue, m.feedback.total)}</small></div>
    </div>
  );
}

function Head({ columns }: { columns: readonly string[] }) {
  return <thead><tr>{columns.map((c) => <th key={c}>{c}</th>)}</tr></thead>;
}

export function Report() {
  const t = useStrings();
  const [days, setDays] = useState(7);
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setData(null);
    load(days).then(setData, (failure: unknown) => setError(failure instanceof ApiError && failure.status === 403 ? t.noPermission : String((failure as Error).message)));
  }, [days]);

  return (
    <main class="report">
      <div class="report-head">
        <h1>{t.report}</h1>
        <div class="tabs" role="tablist">
          {[7, 30].map((d) => <button key={d} type="button" role="tab" aria-selected={days === d} class={days === d ? 'primary' : 'ghost'} onClick={() => setDays(d)}>{t.lastDays(d)}</button>)}
        </div>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {!data && !error && <p>{t.loading}</p>}
      {data && (
        <>
          <Cards m={data.measures} />
          <h2>{t.unansweredTitle}</h2>
          <table class="unanswered">
            <Head columns={t.unansweredColumns} />
            <tbody>{data.unanswered.map((q) => <tr key={q.query}><td>{q.example}</td><td>{q.count}</td><td>{q.zeroResults}</td><td>{q.abandoned}</td><td>{formatDeadline(q.lastSeen)}</td></tr>)}</tbody>
          </table>
          <h2>{t.flaggedTitle}</h2>
          <table class="flagged">
            <Head columns={t.flaggedColumns} />
            <tbody>{data.measures.topFlagged.map((f) => <tr key={f.code}><td>{f.code} {f.title}</td><td>{f.count}</td><td>{f.open}</td><td>{f.byCategory.wrong} / {f.byCategory.outdated} / {f.byCategory.unclear} / {f.byCategory.missing}</td></tr>)}</tbody>
          </table>
          <h2>{t.openFeedbackTitle}</h2>
          <table class="open-feedback">
            <Head columns={t.openFeedbackColumns} />
            <tbody>{data.open.map((f) => (
              <tr key={f.documentId} class={new Date(f.dueAt).getTime() < Date.now() ? 'overdue' : ''}>
                <td>{formatDeadline(f.dueAt)}</td><td>{f.subjectCode} {f.subjectTitle}</td><td>{t.categories[f.category]}</td><td>{f.ownerName ?? t.unrouted}</td><td>{f.comment}</td>
              </tr>
            ))}</tbody>
          </table>
        </>
      )}
    </main>
  );
}
