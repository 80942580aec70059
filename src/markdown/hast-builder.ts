/**
 * A minimal hast builder (hastscript is not a dependency). Properties use hast names:
 * `className`, `dataElement` (→ data-element), `ariaDescribedBy`.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';

export type Child = ElementContent | string | undefined | false | readonly Child[];

/** An element with properties and children; strings become text nodes, falsy are skipped. */
export function h(tagName: string, properties: Properties, ...children: Child[]): Element {
  return { type: 'element', tagName, properties: cleanProperties(properties), children: flatten(children) };
}

/** A text node. */
export function text(value: string): Text {
  return { type: 'text', value };
}

function flatten(children: readonly Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child === undefined || child === false) continue;
    if (typeof child === 'string') out.push(text(child));
    else if (isArray(child)) out.push(...flatten(child));
    else out.push(child);
  }
  return out;
}

function isArray(child: Child): child is readonly Child[] {
  return Array.isArray(child);
}

function cleanProperties(properties: Properties): Properties {
  const clean: Properties = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value !== undefined && value !== null) clean[key] = value;
  }
  return clean;
}
