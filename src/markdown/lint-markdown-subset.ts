/**
 * Lint rules for Markdown that has no place in a guide field. Each is neutralised by the
 * conversion (raw HTML dropped, an image reduced to its alt text, an unsafe link to its
 * words), so they are warnings: the editor should know that what they wrote is not shown.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { isSafeUrl, urlScheme } from './safe-url';

/** `tongyuan-lint:no-raw-html` */
export const lintNoRawHtml = lintRule<Root>(
  { origin: 'tongyuan-lint:no-raw-html', url: 'content-schemas/README.md#markdown' },
  (tree, file) => {
    visit(tree, 'html', (node) => {
      const excerpt = node.value.length > 20 ? `${node.value.slice(0, 20)}…` : node.value;
      file.message(`Unexpected raw HTML \`${excerpt}\`, expected Markdown (HTML is not shown)`, {
        place: node.position,
      });
    });
  },
);

/** `tongyuan-lint:no-image` */
export const lintNoImage = lintRule<Root>(
  { origin: 'tongyuan-lint:no-image', url: 'content-schemas/README.md#markdown' },
  (tree, file) => {
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      file.message(
        'Unexpected image, expected a `:sample[…]` or `:blank[…]` link to the material\'s form (only the alt text is shown)',
        { place: node.position },
      );
    });
  },
);

/** `tongyuan-lint:safe-link` */
export const lintSafeLink = lintRule<Root>(
  { origin: 'tongyuan-lint:safe-link', url: 'content-schemas/README.md#markdown' },
  (tree, file) => {
    const definitions = new Map<string, string>();
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    });
    visit(tree, (node) => {
      let url: string | undefined;
      if (node.type === 'link') url = node.url;
      if (node.type === 'linkReference') url = definitions.get(node.identifier);
      if (url === undefined || isSafeUrl(url)) return;
      const scheme = urlScheme(url);
      const actual = scheme ? `link protocol \`${scheme}:\`` : 'empty link';
      file.message(`Unexpected ${actual}, expected \`https:\`, \`http:\`, \`mailto:\` or \`tel:\` (only the words are shown)`, {
        place: node.position,
      });
    });
  },
);
