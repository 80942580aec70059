/**
 * The results while the caller waits: the standard question and the 口径 snippet with the
 * caller's words marked, the 白话 line, matter and department, version, dates and hash, and a
 * badge when the text is not in force.
 */
import { useStrings } from '../i18n';
import { markTerms, markedTerms, parseMarked } from '../marked-text';
import type { SearchHit } from '../types';
import { StatusBadge, VersionLine } from './badges';
import { Marked } from './marked';

type Props = {
  hits: readonly SearchHit[];
  selected: number;
  openedCode: string | null;
  plainLines: Record<string, string | null>;
  onOpen: (index: number) => void;
};

export const resultId = (index: number) => `result-${index}`;

function ResultItem({ hit, index, selected, opened, plain, onOpen }: { hit: SearchHit; index: number; selected: boolean; opened: boolean; plain: string | null | undefined; onOpen: (index: number) => void }) {
  const t = useStrings();
  const snippet = parseMarked(hit.snippet);
  const title = hit.titleHtml ? parseMarked(hit.titleHtml) : markTerms(hit.title, markedTerms(snippet));
  return (
    <li
      id={resultId(index)}
      role="option"
      aria-selected={selected}
      class={`result${selected ? ' selected' : ''}${opened ? ' opened' : ''} status-${hit.status}`}
      data-code={hit.code}
      onClick={() => onOpen(index)}
    >
      <div class="result-head">
        <span class={`type type-${hit.type}`}>{t.types[hit.type]}</span>
        <StatusBadge status={hit.status} />
        <span class="result-title"><Marked parts={title} /></span>
      </div>
      <p class="snippet"><span class="label">{t.official}</span><Marked parts={snippet} /></p>
      {plain && <p class="plain"><span class="label">{t.plain}</span>{plain}</p>}
      <p class="meta">
        {hit.matter && <span class="matter">{hit.matter.name}</span>}
        {hit.department && <span class="dept">{hit.department.name}</span>}
        {hit.kind && <span class="kind">{hit.kind}</span>}
        <VersionLine info={hit} />
      </p>
    </li>
  );
}

export function ResultList({ hits, selected, openedCode, plainLines, onOpen }: Props) {
  return (
    <ol class="results" role="listbox" id="results" aria-label="results">
      {hits.map((hit, index) => (
        <ResultItem key={hit.id} hit={hit} index={index} selected={index === selected} opened={hit.code === openedCode} plain={plainLines[hit.code]} onOpen={onOpen} />
      ))}
    </ol>
  );
}
