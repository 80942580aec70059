/**
 * Builds the hotline console (web/hotline/) into public/hotline/: one script and one style
 * sheet with content hashes in their names, and index.html pointing at them. No CDN: Preact is
 * bundled in. Run by `npm run build:hotline`; the browser tests call buildHotline() themselves.
 */
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '..', ...(path.basename(path.resolve(__dirname, '..')) === 'dist' ? ['..'] : []));
const SOURCE = path.join(ROOT, 'web', 'hotline');
const OUT = path.join(ROOT, 'public', 'hotline');

export type HotlineBuild = { script: string; style: string; bytes: number; ms: number; outDir: string };

/** Bundles, minifies and writes the console; returns what it wrote. */
export async function buildHotline(options: { minify?: boolean } = {}): Promise<HotlineBuild> {
  const started = Date.now();
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const result = await build({
    entryPoints: [path.join(SOURCE, 'src', 'main.tsx')],
    outdir: OUT,
    entryNames: 'app-[hash]',
    bundle: true,
    format: 'esm',
    target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: options.minify ?? true,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => path.basename(file));
  const script = outputs.find((file) => file.endsWith('.js'));
  const style = outputs.find((file) => file.endsWith('.css'));
  if (!script || !style) throw new Error(`esbuild wrote no script or style sheet: ${outputs.join(', ')}`);
  const template = await readFile(path.join(SOURCE, 'index.html'), 'utf8');
  await writeFile(path.join(OUT, 'index.html'), template.replace('%SCRIPT%', script).replace('%STYLE%', style));
  const bytes = Object.entries(result.metafile.outputs).filter(([file]) => !file.endsWith('.map')).reduce((sum, [, output]) => sum + output.bytes, 0);
  return { script, style, bytes, ms: Date.now() - started, outDir: OUT };
}

/** The files of the last build (for checks and tests). */
export async function builtFiles(): Promise<string[]> {
  return readdir(OUT).catch(() => []);
}

if (require.main === module) {
  buildHotline().then(
    (built) => console.log(`hotline console: ${built.script} + ${built.style}, ${(built.bytes / 1024).toFixed(1)} KiB, ${built.ms} ms → ${path.relative(ROOT, built.outDir)}/`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
