/**
 * The directives of the guide dialect. Only text (inline) directives exist: a term note or a
 * form link sits inside a sentence, and every channel must be able to read it in place.
 */
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

export type DirectiveName = 'term' | 'sample' | 'blank' | 'location';

export type DirectiveSpec = {
  /** The one attribute the directive needs. */
  attribute: string;
  /** How the attribute is written, for "expected …" in lint messages. */
  example: string;
};

export const DIRECTIVES: Readonly<Record<DirectiveName, DirectiveSpec>> = Object.freeze({
  term: { attribute: 'plain', example: ':term[不动产权证书]{plain="就是常说的房产证"}' },
  sample: { attribute: 'material', example: ':sample[查看填写样例]{material="application-form"}' },
  blank: { attribute: 'material', example: ':blank[下载空白表格]{material="application-form"}' },
  location: { attribute: 'code', example: ':location[东莞市民服务中心]{code="LOC-SMFWZX"}' },
});

/** True when `name` is one of the dialect's directives. */
export function isDirectiveName(name: string): name is DirectiveName {
  return Object.hasOwn(DIRECTIVES, name);
}

/** The directive names, as listed in lint messages. */
export function directiveList(): string {
  return Object.keys(DIRECTIVES).map((name) => `\`:${name}\``).join(', ');
}

/**
 * True when a text directive is only `:name` in the source, with no `[label]` and no
 * `{attributes}`. "9:00" or "Note:see" parse as such directives; unless the name is ours they
 * are ordinary text, so editors need not escape every colon.
 */
export function isBareDirective(node: TextDirective, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  return source.slice(start, end) === `:${node.name}`;
}

/** The source text of a node, used to keep a bare directive as literal text. */
export function sourceOf(node: TextDirective, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return `:${node.name}`;
  return source.slice(start, end);
}

/** The label of a directive as plain text (`[查看填写样例]` → "查看填写样例"). */
export function directiveLabel(node: TextDirective): string {
  // Raw HTML in a label is dropped, as everywhere else in guide text.
  return toString(node, { includeHtml: false });
}

/** The attributes of a directive as plain strings (a bare `{x}` flag becomes ""). */
export function directiveAttributes(node: TextDirective): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attributes ?? {})) {
    result[key] = value ?? '';
  }
  return result;
}
