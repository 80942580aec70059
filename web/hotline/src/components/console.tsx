/**
 * The console: search as you type (debounced), keyboard first (/ focuses the box, arrows move,
 * Enter opens, Esc goes back), results on the left, the opened answer on the right.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api';
import { copyText } from '../clipboard';
import { useStrings } from '../i18n';
import { Interaction } from '../interaction';
import type { AnswerView, FeedbackReceipt, SearchHit } from '../types';
import { useSearch } from '../use-search';
import { AnswerPanel } from './answer-panel';
import { FeedbackForm, receiptText } from './feedback-form';
import { FilterBar } from './filters';
import { ResultList, resultId } from './result-list';

/** ARIA 1.2 combobox on a text input; Preact's typings only accept it on an input with a datalist. */
const COMBOBOX = { role: 'combobox' } as Record<string, string>;

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable);
}

export function Console() {
  const t = useStrings();
  const interaction = useRef(new Interaction());
  const search = useSearch(interaction.current, t);
  const { query, filters, results, selected, setSelected, error, setError, plainLines } = search;
  const [opened, setOpened] = useState<AnswerView | null>(null);
  const [copied, setCopied] = useState<'answer' | 'sms' | null>(null);
  const [answered, setAnswered] = useState(false);
  const [smsShown, setSmsShown] = useState(false);
  const [flagging, setFlagging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function open(index: number, hits: readonly SearchHit[] | undefined = results?.data) {
    const hit = hits?.[index];
    if (!hit) return;
    setSelected(index);
    setCopied(null);
    setAnswered(false);
    setSmsShown(false);
    setNotice(null);
    interaction.current.opened(hit.code);
    try {
      const answer = await api.get<{ data: AnswerView }>(`/api/hotline/answers/${hit.type}/${encodeURIComponent(hit.code)}`, { locale: hit.locale });
      setOpened(answer.data);
      requestAnimationFrame(() => document.getElementById('answer')?.focus());
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  /** Enter: open the selected result, or, if the agent typed faster than the debounce, search now and open the first. */
  async function openFromBox() {
    const fresh = results?.data;
    const hits = await search.current();
    if (hits) await open(hits === fresh ? selected : 0, hits);
  }

  async function copy(kind: 'answer' | 'sms') {
    if (!opened) return;
    if (kind === 'sms') setSmsShown(true);
    await copyText(kind === 'sms' ? opened.sms : opened.copyText);
    setCopied(kind);
    markAnswered();
  }

  /** The agent answered the caller with this text (read out, copied or sent by SMS). */
  function markAnswered() {
    if (!opened) return;
    setAnswered(true);
    interaction.current.usedAnswer(opened.subject.code);
  }

  function backToSearch() {
    setOpened(null);
    input.current?.focus();
  }

  function nextCall() {
    interaction.current.end();
    search.clear();
    setOpened(null);
    setNotice(null);
    input.current?.focus();
  }

  function onSearchKey(event: KeyboardEvent) {
    const count = results?.data.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setSelected((i) => Math.min(i + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setSelected((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && query.trim() !== '') {
      event.preventDefault();
      void openFromBox();
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      nextCall();
    }
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (flagging || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '/' && !isTyping(event.target)) {
        event.preventDefault();
        input.current?.focus();
        input.current?.select();
        return;
      }
      if (!opened || isTyping(event.target)) return;
      const actions: Record<string, () => void> = { a: markAnswered, c: () => void copy('answer'), s: () => void copy('sms'), f: () => setFlagging(true), Escape: backToSearch };
      const action = actions[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    }
    const onLeave = () => interaction.current.end(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pagehide', onLeave);
    };
  });

  useEffect(() => {
    document.getElementById(resultId(selected))?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  function closeFeedback(receipt?: FeedbackReceipt) {
    setFlagging(false);
    if (receipt) setNotice(receiptText(t, receipt));
    document.getElementById('answer')?.focus();
  }

  const hits = results?.data ?? [];
  return (
    <div class="console">
      <div class="search-column">
        <div class="search-box">
          <label class="visually-hidden" for="q">{t.searchLabel}</label>
          <input
            id="q" ref={input} type="search" autocomplete="off" autoFocus spellcheck={false}
            {...COMBOBOX} aria-expanded={hits.length > 0} aria-controls="results" aria-activedescendant={hits.length > 0 ? resultId(selected) : undefined}
            placeholder={t.searchPlaceholder} value={query}
            onInput={(e) => search.onInput(e.currentTarget.value)} onKeyDown={onSearchKey}
          />
          <button type="button" class="ghost" onClick={nextCall}>{t.nextCall}</button>
        </div>
        <FilterBar filters={filters} facets={results?.meta.facets ?? null} departmentNames={search.departmentNames} onChange={(next) => { setOpened(null); search.onFilters(next); }} />
        {error && <p class="error" role="alert">{error}</p>}
        {results && (
          <p class="results-count" aria-live="polite" data-total={results.meta.total}>
            {t.resultsCount(results.meta.total, results.meta.tookMs)}
          </p>
        )}
        {results && hits.length === 0 && <p class="empty">{t.noResults} {t.noResultsLogged}</p>}
        <ResultList hits={hits} selected={selected} openedCode={opened?.subject.code ?? null} plainLines={plainLines} onOpen={(i) => void open(i)} />
        <p class="shortcuts">{t.shortcuts}</p>
      </div>
      <div class="answer-column">
        {notice && <p class="notice" role="status">{notice}</p>}
        {opened && (
          <AnswerPanel view={opened} copied={copied} smsShown={smsShown} answered={answered} onAnswered={markAnswered} onCopy={() => void copy('answer')} onSms={() => void copy('sms')} onFlag={() => setFlagging(true)} onClose={backToSearch} />
        )}
      </div>
      {flagging && opened && (
        <FeedbackForm subject={opened.subject} callerQuestion={query} searchId={interaction.current.lastSearchId} onClose={closeFeedback} />
      )}
    </div>
  );
}
