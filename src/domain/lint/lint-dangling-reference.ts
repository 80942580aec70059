/**
 * Rule `dangling-reference`: a `:sample` / `:blank` must name a material of the same matter
 * that has that form, and a `:location` a service location that exists. A dead link on a
 * print page sends someone back to the window, so this is an error.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visit } from 'unist-util-visit';
import { directiveAttributes } from '../../markdown/directive-spec';

/** What references can resolve to. */
export type ReferenceTargets = {
  /** Material key → which forms it has; undefined when the text has no matter (a bare KP). */
  materials?: ReadonlyMap<string, { sample: boolean; blank: boolean }>;
  locations: ReadonlySet<string>;
};

/** `tongyuan-lint:dangling-reference` */
export const lintDanglingReference = lintRule<Root, ReferenceTargets>(
  { origin: 'tongyuan-lint:dangling-reference', url: 'content-schemas/README.md#lint' },
  (tree, file, targets) => {
    visit(tree, 'textDirective', (node) => {
      const attributes = directiveAttributes(node);
      if (node.name === 'location' && attributes.code) {
        if (!targets.locations.has(attributes.code)) {
          file.message(`Unexpected location code \`${attributes.code}\`, expected the code of an existing service location`, {
            place: node.position,
          });
        }
        return;
      }
      if ((node.name !== 'sample' && node.name !== 'blank') || !attributes.material) return;
      const reason = materialProblem(node.name, attributes.material, targets);
      if (reason) file.message(reason, { place: node.position });
    });
  },
);

function materialProblem(name: 'sample' | 'blank', key: string, targets: ReferenceTargets): string | undefined {
  const form = name === 'sample' ? 'sample form (示例样表)' : 'blank form (空白表格)';
  if (!targets.materials) {
    return `Unexpected \`:${name}\` in a text without a matter, expected a link to a material of the linked matter`;
  }
  const material = targets.materials.get(key);
  if (!material) return `Unexpected material \`${key}\` in \`:${name}\`, expected the key of a material of this matter`;
  if (!material[name]) return `Unexpected \`:${name}\` to material \`${key}\` without a ${form}, expected the material to have one`;
  return undefined;
}
