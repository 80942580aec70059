/**
 * Resolving the guide dialect's directives against a matter and the context: a term gets its
 * note, `:sample`/`:blank` the public URL of the material's form, `:location` the location's
 * page. Anything that does not resolve keeps only its words; lint has already reported it.
 */
import type { Root } from 'mdast';
import type { Inline } from '../../markdown/rich-text';
import { isSafeUrl } from '../../markdown/safe-url';
import { type DirectiveResolver, toRichText } from '../../markdown/to-rich-text';
import type { Asset, Material, Matter } from '../guide';
import { type GuideContext, assetUrlOf, indexOf, locationUrlOf } from './context';
import type { Passage } from './types';

/** A resolver for the texts of `matter` (or of a knowledge point without one). */
export function directiveResolver(matter: Matter | undefined, context: GuideContext): DirectiveResolver {
  const materials = new Map<string, Material>((matter?.materials ?? []).map((m) => [m.key, m]));
  const locations = indexOf(context).locations;
  return (name, label, attributes) => {
    if (label.trim() === '') return undefined;
    if (name === 'term') {
      const plain = attributes.plain ?? '';
      return plain.trim() === '' ? undefined : { type: 'term', text: label, plain };
    }
    if (name === 'sample' || name === 'blank') {
      const material = materials.get(attributes.material ?? '');
      const asset = name === 'sample' ? material?.sampleForm : material?.blankForm;
      return asset ? assetLink(label, asset, name, context) : undefined;
    }
    if (name === 'location') {
      const code = attributes.code ?? '';
      if (!locations.has(code)) return undefined;
      return { type: 'link', text: label, href: locationUrlOf(context, code), kind: 'location' };
    }
    return undefined;
  };
}

function assetLink(text: string, asset: Asset, kind: 'sample' | 'blank', context: GuideContext): Inline | undefined {
  const href = assetUrlOf(context, asset.url);
  return isSafeUrl(href) ? { type: 'link', text, href, kind } : undefined;
}

/** A parsed Markdown field as a Passage. */
export function passageOf(id: string, tree: Root, source: string, resolve: DirectiveResolver): Passage {
  return { id, blocks: toRichText(tree, source, resolve) };
}
