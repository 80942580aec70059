/**
 * Search as you type: debounced, one request in flight (older ones are aborted), the 白话 lines
 * of the hits fetched after them, and the keystroke → results-on-screen time recorded.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from './api';
import type { Interaction } from './interaction';
import { recordTiming } from './timings';
import type { Filters, SearchHit, SearchResponse } from './types';

export const DEBOUNCE_MS = 120;
const LIMIT = 10;

type Pending = { query: string; inputAt: number; startedAt: number };
type Messages = { noPermission: string; searchFailed: string };

export function useSearch(interaction: Interaction, messages: Messages) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({ dept: '', kind: '', locale: 'zh-CN' });
  const [results, setResults] = useState<SearchResponse | null>(null);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [plainLines, setPlainLines] = useState<Record<string, string | null>>({});
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<AbortController | null>(null);
  const pending = useRef<Pending | null>(null);
  const searched = useRef('');
  const departmentNames = useRef(new Map<string, string>());

  async function loadPlainLines(hits: readonly SearchHit[], locale: string) {
    const codes = hits.filter((hit) => hit.type === 'knowledgePoint').map((hit) => hit.code);
    if (codes.length === 0) return;
    const answer = await api.get<{ data: Record<string, string | null> }>('/api/hotline/plain-lines', { codes: codes.join(','), locale }).catch(() => null);
    if (answer) setPlainLines((before) => ({ ...before, ...answer.data }));
  }

  async function search(text: string, current: Filters, inputAt: number): Promise<SearchResponse | null> {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const startedAt = performance.now();
    try {
      const params = { q: text, locale: current.locale, dept: current.dept, kind: current.kind, limit: LIMIT, includeInactive: 'true' };
      const response = await api.get<SearchResponse>('/api/search', params, controller.signal);
      if (controller.signal.aborted) return null;
      searched.current = text;
      for (const hit of response.data) if (hit.department) departmentNames.current.set(hit.department.code, hit.department.name);
      interaction.searched(response.meta.searchId);
      pending.current = { query: text, inputAt, startedAt };
      setError(null);
      setResults(response);
      setSelected(0);
      void loadPlainLines(response.data, current.locale);
      return response;
    } catch (failure) {
      if ((failure as Error).name !== 'AbortError') setError(failure instanceof ApiError && failure.status === 403 ? messages.noPermission : messages.searchFailed);
      return null;
    }
  }

  // Results are on screen once the effect runs (Preact runs effects after the frame is painted).
  useEffect(() => {
    const done = pending.current;
    if (!done || !results) return;
    pending.current = null;
    const now = performance.now();
    recordTiming({ query: done.query, keystrokeToResultsMs: Math.round(now - done.inputAt), requestMs: Math.round(now - done.startedAt), results: results.data.length });
  }, [results]);

  function schedule(text: string, current: Filters, inputAt = performance.now()) {
    window.clearTimeout(timer.current);
    if (text.trim() === '') {
      inFlight.current?.abort();
      setResults(null);
      return;
    }
    timer.current = window.setTimeout(() => void search(text.trim(), current, inputAt), DEBOUNCE_MS);
  }

  return {
    query, filters, results, selected, setSelected, error, setError, plainLines, departmentNames: departmentNames.current,

    /** A key changed the box: the first one of an interaction starts its clock. */
    onInput(text: string) {
      const inputAt = performance.now();
      if (interaction.concluded || text.trim() === '') interaction.end();
      if (text.trim() !== '') interaction.keystroke(inputAt);
      setQuery(text);
      schedule(text, filters, inputAt);
    },

    onFilters(next: Filters) {
      setFilters(next);
      schedule(query, next);
    },

    /** The hits for what is in the box now, searching at once if the debounce has not fired yet. */
    async current(): Promise<readonly SearchHit[] | null> {
      window.clearTimeout(timer.current);
      if (searched.current === query.trim() && results) return results.data;
      return (await search(query.trim(), filters, performance.now()))?.data ?? null;
    },

    clear() {
      window.clearTimeout(timer.current);
      inFlight.current?.abort();
      setQuery('');
      setResults(null);
    },
  };
}
