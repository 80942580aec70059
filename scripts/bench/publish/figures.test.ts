import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSection } from './figures';

const section = '## Publishing\n\nnew figures\n';

function tempFile(content?: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'figures-')), 'figures.md');
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}

describe('writeSection', () => {
  it('creates the file with a title when there is none', () => {
    const file = tempFile();
    writeSection(file, section);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^# Figures\n[\s\S]*\n\n## Publishing\n\nnew figures\n$/);
  });

  it('appends the section after the others', () => {
    const file = tempFile('# Figures\n\n## Search\n\nsearch figures\n');
    writeSection(file, section);
    expect(fs.readFileSync(file, 'utf8')).toBe('# Figures\n\n## Search\n\nsearch figures\n\n## Publishing\n\nnew figures\n');
  });

  it('replaces its own section and keeps the ones around it', () => {
    const file = tempFile('# Figures\n\n## Publishing\n\nold figures\n\n### detail\n\nold\n\n## Search\n\nsearch figures\n');
    writeSection(file, section);
    expect(fs.readFileSync(file, 'utf8')).toBe('# Figures\n\n## Publishing\n\nnew figures\n\n## Search\n\nsearch figures\n');
  });
});
