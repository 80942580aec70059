/**
 * Building blocks of the hotline script: lines of segments, where a segment holding a
 * Publication element's text names that element, and captions ("承诺办结时限：") name none.
 * Lists become numbered lines an agent can read out one by one.
 */
import { type Block, runsText } from '../../../markdown/rich-text';
import type { Locale } from '../../value-sets';
import type { Line, Passage } from '../types';
import { type CaptionKey, caption, colon } from './captions';
import type { ScriptLine, ScriptSection, Segment } from './payloads';

export type ScriptContext = { locale: Locale };

/** A segment with a Line's text. */
export function lineSegment(line: Line, ctx: ScriptContext): Segment {
  return { text: runsText(line.runs, ctx.locale), element: line.id };
}

/** A caption segment ("收费依据："). */
export function captionSegment(key: CaptionKey, ctx: ScriptContext): Segment {
  return { text: `${caption(key, ctx.locale)}${colon(ctx.locale)}` };
}

/** An official line "caption：value", or nothing when the value is absent. */
export function fieldLine(key: CaptionKey, line: Line | undefined, ctx: ScriptContext, number?: string): ScriptLine[] {
  if (!line) return [];
  return [official([captionSegment(key, ctx), lineSegment(line, ctx)], number)];
}

/** An official line of segments. */
export function official(segments: Segment[], number?: string): ScriptLine {
  return number === undefined ? { kind: 'official', segments } : { kind: 'official', number, segments };
}

/** A plain-language line, introduced by its caption. */
export function plainLine(line: Line, ctx: ScriptContext, number?: string): ScriptLine {
  const segments = [captionSegment('plain', ctx), lineSegment(line, ctx)];
  return number === undefined ? { kind: 'plain', segments } : { kind: 'plain', number, segments };
}

/**
 * A Passage as lines: one per paragraph and list item, list items numbered ("1.", "1.2.")
 * so they can be read aloud; an optional lead segment (a caption) opens the first line.
 */
export function passageLines(passage: Passage, ctx: ScriptContext, lead?: Segment, kind: ScriptLine['kind'] = 'official'): ScriptLine[] {
  const lines: ScriptLine[] = [];
  // A caption opens the first line, unless that line is numbered: then it gets its own.
  const push = (text: string, number: string | undefined) => {
    const segments: Segment[] = [{ text, element: passage.id }];
    if (lines.length === 0 && lead && number !== undefined) lines.push({ kind, segments: [lead] });
    else if (lines.length === 0 && lead) segments.unshift(lead);
    lines.push(number === undefined ? { kind, segments } : { kind, number, segments });
  };
  walkBlocks(passage.blocks, '', ctx, push);
  if (lines.length === 0) lines.push({ kind, segments: [...(lead ? [lead] : []), { text: '', element: passage.id }] });
  return lines;
}

function walkBlocks(blocks: readonly Block[], prefix: string, ctx: ScriptContext, push: (text: string, number: string | undefined) => void): void {
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      push(runsText(block.runs, ctx.locale), undefined);
      continue;
    }
    block.items.forEach((item, i) => {
      const number = block.ordered ? `${prefix}${(block.start ?? 1) + i}.` : `${prefix}${i + 1})`;
      const [first, ...rest] = item;
      if (first?.type === 'paragraph') {
        push(runsText(first.runs, ctx.locale), number);
        walkBlocks(rest, number, ctx, push);
      } else {
        walkBlocks(item, number, ctx, push);
      }
    });
  }
}

/** The whole script as text: section titles in 【】, one line per script line. */
export function scriptText(sections: readonly ScriptSection[]): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`【${section.title}】`);
    for (const line of section.lines) {
      const text = line.segments.map((segment) => segment.text).join('');
      out.push(line.number ? `${line.number} ${text}` : text);
    }
    out.push('');
  }
  return out.join('\n');
}
