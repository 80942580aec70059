/**
 * Building the visible elements of a Publication from plain values: a line of text, an
 * optional line, a value-set label with its storage code, a link.
 */
import { type Inline, type LinkKind, plainRuns } from '../../markdown/rich-text';
import { type LabelSetName, labelOf } from '../labels';
import { VALUE_CODES } from '../value-codes';
import type * as sets from '../value-sets';
import type { Locale } from '../value-sets';
import type { LabelLine, LabelsLine, Line } from './types';

/** Value sets shown in Publications, and the storage-code table of each. */
const CODE_SETS = {
  TASK_TYPES: 'taskType',
  SERVICE_OBJECTS: 'serviceObject',
  TASK_STATES: 'taskState',
  HANDLING_MODES: 'handlingMode',
  RESULT_TYPES: 'resultType',
  RESULT_DELIVERIES: 'resultDelivery',
  MATERIAL_NECESSITIES: 'necessity',
  MATERIAL_TYPES: 'materialType',
  MATERIAL_FORMS: 'materialForm',
  SUBMISSION_FORMS: 'submission',
  SOURCE_CHANNELS: 'sourceChannel',
  LOCATION_KINDS: 'locationKind',
  KNOWLEDGE_KINDS: 'knowledgeKind',
  PROVIDED_BY: 'providedBy',
} as const satisfies Partial<Record<LabelSetName, keyof typeof VALUE_CODES>>;

type ShownSet = keyof typeof CODE_SETS;
type ValueOf<S extends ShownSet> = (typeof sets)[S][number];

/** A line of plain text. */
export function line(id: string, value: string): Line {
  return { id, runs: plainRuns(value) };
}

/** A line, or nothing when the value is absent or blank. */
export function optionalLine(id: string, value: string | undefined): Line | undefined {
  return value === undefined || value.trim() === '' ? undefined : line(id, value);
}

/** A line of given runs. */
export function runsLine(id: string, runs: Inline[]): Line {
  return { id, runs };
}

/** A line that is one link. */
export function linkLine(id: string, text: string, href: string, kind: LinkKind): Line {
  return { id, runs: [{ type: 'link', text, href, kind }] };
}

function codeOf<S extends ShownSet>(set: S, value: ValueOf<S>): string {
  const table = VALUE_CODES[CODE_SETS[set]] as Readonly<Record<string, string>>;
  return table[value];
}

/** The label of a value in the locale, with its storage code. */
export function labelLine<S extends ShownSet>(id: string, set: S, value: ValueOf<S>, locale: Locale): LabelLine {
  return { ...line(id, labelOf(set, value, locale)), code: codeOf(set, value) };
}

/** Several labels joined with the locale's list separator. */
export function labelsLine<S extends ShownSet>(
  id: string, set: S, values: readonly ValueOf<S>[], locale: Locale, separator: string,
): LabelsLine {
  const text = values.map((value) => labelOf(set, value, locale)).join(separator);
  return { ...line(id, text), codes: values.map((value) => codeOf(set, value)) };
}

/** Drop the keys whose value is undefined, so optional elements are absent, not null. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
