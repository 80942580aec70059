/**
 * Lines of a hotline script as the agent reads them: numbered, official wording plain, the
 * 白话 line set apart. Each segment carries the element it shows (`data-element`), the same id
 * the web page uses, so anyone can check the console shows the web's words.
 */
import type { ScriptLine, ScriptSection, Segment } from '../types';

const URL_ONLY = /^https?:\/\/\S+$/;

function SegmentText({ segment }: { segment: Segment }) {
  const text = segment.text;
  const content = URL_ONLY.test(text) ? <a href={text} target="_blank" rel="noopener noreferrer">{text}</a> : text;
  return segment.element ? <span class="seg" data-element={segment.element}>{content}</span> : <span class="caption">{content}</span>;
}

export function Line({ line }: { line: ScriptLine }) {
  return (
    <p class={`line line-${line.kind}`}>
      {line.number && <span class="num">{line.number} </span>}
      {line.segments.map((segment, i) => <SegmentText key={i} segment={segment} />)}
    </p>
  );
}

export function Section({ section, id }: { section: ScriptSection; id?: string }) {
  return (
    <section class="script-section" data-section={section.id} id={id}>
      <h3>{section.title}</h3>
      {section.lines.map((line, i) => <Line key={i} line={line} />)}
    </section>
  );
}
