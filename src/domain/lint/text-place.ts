/**
 * Where a phrase found inside a text node sits in the field's source. Exact when the node's
 * source is its value (no escapes or references); otherwise the node's own position, which is
 * still the right line.
 */
import type { Text } from 'mdast';
import type { Position } from 'unist';

/** The position of `value.slice(index, index + length)` of a text node. */
export function placeInText(node: Text, index: number, length: number): Position | undefined {
  const position = node.position;
  if (!position) return undefined;
  const { start, end } = position;
  const offset = start.offset;
  if (offset === undefined || end.offset === undefined || end.offset - offset !== node.value.length) return position;
  const before = node.value.slice(0, index);
  const line = start.line + countNewlines(before);
  const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : start.column + index;
  return {
    start: { line, column, offset: offset + index },
    end: { line, column: column + length, offset: offset + index + length },
  };
}

function countNewlines(value: string): number {
  let count = 0;
  for (const char of value) if (char === '\n') count += 1;
  return count;
}

/** The position of a phrase in a one-line plain string field. */
export function placeInPlain(value: string, index: number, length: number): { line: number; column: number; endLine: number; endColumn: number } {
  const before = value.slice(0, index);
  const line = 1 + countNewlines(before);
  const column = before.includes('\n') ? before.length - before.lastIndexOf('\n') : index + 1;
  return { line, column, endLine: line, endColumn: column + length };
}
