/**
 * PostgreSQL stores Strapi `string` attributes as varchar(255): a longer maxLength would let
 * the API accept text that the database then refuses with a 500. Longer text is `text`.
 */
import fs from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..');

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return entry.name.endsWith('.json') && !entry.name.startsWith('tsconfig') ? [full] : [];
  });
}

test('no string attribute allows more than 255 characters, and every one has a limit', () => {
  const offenders: string[] = [];
  for (const file of [...schemaFiles(path.join(SRC, 'api')), ...schemaFiles(path.join(SRC, 'components'))]) {
    const { attributes } = JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string; maxLength?: number }> };
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'string' && !(attribute.maxLength && attribute.maxLength <= 255)) {
        offenders.push(`${path.relative(SRC, file)}#${name}`);
      }
    }
  }
  expect(offenders).toEqual([]);
});
