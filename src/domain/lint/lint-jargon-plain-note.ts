/**
 * Rule `jargon-plain-note`: in a high-frequency guide, a listed term must carry a plain note
 * (`:term[…]{plain="…"}`) in each field it appears in, since a hotline agent or a kiosk may
 * show that field alone. A warning by default: the guide is still correct without it, and a
 * missing note must not hold back an urgent correction.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { lintRule } from 'unified-lint-rule';
import { SKIP, visit } from 'unist-util-visit';
import type { JargonTerm } from '../publication/context';
import { placeInText } from './text-place';

export type JargonOptions = { terms: readonly JargonTerm[] };

/** `tongyuan-lint:jargon-plain-note` */
export const lintJargonPlainNote = lintRule<Root, JargonOptions>(
  { origin: 'tongyuan-lint:jargon-plain-note', url: 'content-schemas/README.md#lint' },
  (tree, file, options) => {
    const explained = new Set<string>();
    visit(tree, 'textDirective', (node) => {
      if (node.name === 'term') explained.add(toString(node).trim());
    });
    const reported = new Set<string>();
    visit(tree, (node) => {
      // Words inside a directive's label are the directive's business (a term is explained
      // by its own note; a link label is not running text).
      if (node.type === 'textDirective') return SKIP;
      if (node.type !== 'text') return undefined;
      for (const { term, suggestion } of options.terms) {
        if (term === '' || explained.has(term) || reported.has(term)) continue;
        const index = node.value.indexOf(term);
        if (index === -1) continue;
        reported.add(term);
        file.message(
          `Unexpected \`${term}\` without a plain note, expected \`:term[${term}]{plain="${suggestion}"}\``,
          { place: placeInText(node, index, term.length) },
        );
      }
      return undefined;
    });
  },
);
