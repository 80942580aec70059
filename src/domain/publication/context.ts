/**
 * What a guide refers to but does not hold: departments, service locations, the matters a
 * knowledge point or a bundle links to, the jargon list, and how stored asset URLs and record
 * pages become public links. The caller passes the records of the locale being built.
 */
import type { Department, Matter, ServiceLocation } from '../guide';
import type { LintOptions } from '../lint/lint-message';

/** A term readers may not know, with the everyday words an editor could use instead. */
export type JargonTerm = { term: string; suggestion: string };

export type GuideContext = {
  departments: readonly Department[];
  locations: readonly ServiceLocation[];
  /** Matters a knowledge point or a bundle member may link to (by code). */
  matters?: readonly Matter[];
  /** Terms that need a `:term` note in high-frequency guides. */
  jargon?: readonly JargonTerm[];
  /** Stored asset URL (e.g. `/uploads/x.pdf`) → the URL readers follow. Default: unchanged. */
  assetUrl?: (url: string) => string;
  /** Service-location code → its page. Default: `/service-locations/<code>`. */
  locationUrl?: (code: string) => string;
  /** Matter code → the page of its guide, linked from bundles. Default: `/matters/<code>`. */
  matterUrl?: (code: string) => string;
  lint?: LintOptions;
};

type Index = {
  departments: ReadonlyMap<string, Department>;
  locations: ReadonlyMap<string, ServiceLocation>;
  matters: ReadonlyMap<string, Matter>;
};

const indexes = new WeakMap<GuideContext, Index>();

/** Lookup maps over a context, built once per context object. */
export function indexOf(context: GuideContext): Index {
  const cached = indexes.get(context);
  if (cached) return cached;
  const index: Index = {
    departments: byCode(context.departments),
    locations: byCode(context.locations),
    matters: byCode(context.matters ?? []),
  };
  indexes.set(context, index);
  return index;
}

function byCode<T extends { code: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  // The first record of a code wins, as a database unique index would keep it.
  for (const item of items) if (!map.has(item.code)) map.set(item.code, item);
  return map;
}

/** The public URL of an asset. */
export function assetUrlOf(context: GuideContext, url: string): string {
  return context.assetUrl ? context.assetUrl(url) : url;
}

/** The page of a service location. */
export function locationUrlOf(context: GuideContext, code: string): string {
  return context.locationUrl ? context.locationUrl(code) : `/service-locations/${encodeURIComponent(code)}`;
}

/** The page of a matter's guide. */
export function matterUrlOf(context: GuideContext, code: string): string {
  return context.matterUrl ? context.matterUrl(code) : `/matters/${encodeURIComponent(code)}`;
}
