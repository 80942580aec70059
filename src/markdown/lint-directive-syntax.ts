/**
 * Lint rule: directives are well-formed. Unknown names, leaf (`::x`) and container (`:::x`)
 * directives, a missing label or attribute are errors; extra attributes are warnings because
 * they are ignored, not misread.
 */
import type { Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  DIRECTIVES, directiveAttributes, directiveLabel, directiveList, isBareDirective, isDirectiveName,
} from './directive-spec';

/**
 * `tongyuan-lint:directive-syntax`. The file's value must be the field's source: it tells a
 * bare `:word` (plain text such as "9:00") from a directive.
 */
export const lintDirectiveSyntax = lintRule<Root>(
  { origin: 'tongyuan-lint:directive-syntax', url: 'content-schemas/README.md#directives' },
  (tree, file) => {
    const source = String(file.value ?? '');
    visit(tree, (node) => {
      if (node.type === 'leafDirective' || node.type === 'containerDirective') blockDirective(node, file);
      if (node.type === 'textDirective') textDirective(node, file, source);
    });
  },
);

function blockDirective(node: LeafDirective | ContainerDirective, file: VFile): void {
  const colons = node.type === 'leafDirective' ? '::' : ':::';
  file.message(
    `Unexpected ${node.type === 'leafDirective' ? 'leaf' : 'container'} directive \`${colons}${node.name}\`, ` +
      `expected an inline directive such as \`:${isDirectiveName(node.name) ? node.name : 'term'}[…]{…}\``,
    { place: node.position },
  );
}

function textDirective(node: TextDirective, file: VFile, source: string): void {
  const place = node.position;
  if (!isDirectiveName(node.name)) {
    if (isBareDirective(node, source)) return;
    file.message(`Unexpected unknown directive \`:${node.name}\`, expected one of ${directiveList()}`, { place });
    return;
  }
  const spec = DIRECTIVES[node.name];
  const attributes = directiveAttributes(node);
  if (directiveLabel(node).trim() === '') {
    file.message(`Unexpected \`:${node.name}\` without a label, expected \`${spec.example}\``, { place });
  }
  if ((attributes[spec.attribute] ?? '').trim() === '') {
    file.message(
      `Unexpected \`:${node.name}\` without \`${spec.attribute}\`, expected \`${spec.example}\``,
      { place },
    );
  }
}

/** `tongyuan-lint:directive-attribute` — attributes a directive does not read. */
export const lintDirectiveAttribute = lintRule<Root>(
  { origin: 'tongyuan-lint:directive-attribute', url: 'content-schemas/README.md#directives' },
  (tree, file) => {
    visit(tree, 'textDirective', (node) => {
      if (!isDirectiveName(node.name)) return;
      const expected = DIRECTIVES[node.name].attribute;
      for (const key of Object.keys(directiveAttributes(node))) {
        if (key === expected) continue;
        file.message(
          `Unexpected attribute \`${key}\` on \`:${node.name}\`, expected only \`${expected}\``,
          { place: node.position },
        );
      }
    });
  },
);
