/**
 * The figures as a Markdown section, and writing that section into docs/figures.md: the
 * "## Publishing" section is replaced if it is there, appended if not; other sections stay.
 */
import fs from 'node:fs';
import type { Summary } from './percentiles';
import type { Measured } from './throughput';

export type Figures = {
  date: string;
  revision: string;
  machine: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: { start: number; end: number };
  publishes: { total: Summary; command: Summary };
  throughput: Measured[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
};

const HEADING = '## Publishing';
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

function latencyTable(publishes: Figures['publishes']): string[] {
  const row = (label: string, s: Summary) => `| ${label} | ${ms(s.p50)} ms | ${ms(s.p95)} ms | ${ms(s.max)} ms |`;
  return [
    '| | p50 | p95 | max |',
    '|---|---:|---:|---:|',
    row('publish → every channel serves the new hash', publishes.total),
    row('… of which the publish command (HTTP round trip)', publishes.command),
  ];
}

function throughputTable(measured: Measured[]): string[] {
  const baseline = measured.find((m) => m.name === 'baseline');
  const ratio = (m: Measured) => (baseline ? `${(m.requestsPerSecond / baseline.requestsPerSecond).toFixed(1)}×` : '–');
  const cpuRatio = (m: Measured) => (baseline ? `${(baseline.cpuMsPerAnswer / m.cpuMsPerAnswer).toFixed(1)}×` : '–');
  const rounds = (m: Measured) => m.rounds.map((r) => r.requestsPerSecond.toFixed(0)).join(' / ');
  return [
    '| endpoint | requests/s | p50 | p95 | server CPU per answer | bytes/answer | vs baseline: requests/s | vs baseline: CPU | requests/s per round |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...measured.map((m) => `| \`${m.label}\` | ${m.requestsPerSecond.toFixed(0)} | ${ms(m.p50)} ms | ${ms(m.p95)} ms | ${m.cpuMsPerAnswer.toFixed(2)} ms | ${Math.round(m.bytesPerResponse)} | ${ratio(m)} | ${cpuRatio(m)} | ${rounds(m)} |`),
  ];
}

/** The guide/baseline ratio of each round, and of server CPU per answer. */
function perRound(guide: Measured | undefined, baseline: Measured | undefined): string {
  if (!guide || !baseline) return 'no baseline';
  const rounds = guide.rounds.map((run, i) => `${(run.requestsPerSecond / (baseline.rounds[i]?.requestsPerSecond ?? Number.NaN)).toFixed(1)}×`);
  return `round by round ${rounds.join(', ')}; ${(baseline.cpuMsPerAnswer / guide.cpuMsPerAnswer).toFixed(1)}× on server CPU per answer`;
}

/** The section, heading included. */
export function publishingSection(figures: Figures): string {
  const guide = figures.throughput.find((m) => m.name === 'guide');
  const baseline = figures.throughput.find((m) => m.name === 'baseline');
  const times = guide && baseline ? guide.requestsPerSecond / baseline.requestsPerSecond : Number.NaN;
  return [
    HEADING,
    '',
    `Measured ${figures.date} at ${figures.revision} on ${figures.machine}; 1-minute load average ${figures.loadAverage.start.toFixed(2)} at the start, ${figures.loadAverage.end.toFixed(2)} at the end`,
    '(the machine is shared: other work moves requests/s far more than CPU per answer);',
    'SQLite on a throwaway file, the dispatcher running with its defaults, loopback only.',
    'Reproduce: `npx tsc -p tsconfig.json && npx tsx scripts/bench/publish/run.ts --write-figures`.',
    '',
    `### Publish to consistent (${figures.publishes.total.count} publishes)`,
    '',
    'Each publish follows an edit of the draft that changes its text (M01–M08, zh-CN, in turn), sent with a full-access token as',
    '`POST /api/publishing/publish`; the clock stops when all four channels (web, hotline, window, kiosk) serve the new hash in',
    'the read model (polled every 2 ms from the same process). The dispatcher starts delivering when the publish commits, in the',
    'same process, so delivery overlaps the command\'s answer.',
    '',
    ...latencyTable(figures.publishes),
    '',
    `Target p95 under 1 s: ${verdict(figures.publishes.total.p95 < 1000)}.`,
    '',
    '### Content API throughput',
    '',
    `autocannon, ${figures.connections} connections, ${figures.durationSeconds} s per endpoint after a ${figures.warmupSeconds} s warm-up, ${figures.rounds} rounds (the endpoints in turn;`,
    'medians shown), read-only API token, the load generator in its own process. The baseline is Strapi\'s REST read of the same',
    'matter with every component and relation populated (the default populate of /api/matters). Server CPU per answer is the',
    'server process\'s CPU time during a run divided by the answers.',
    '',
    ...throughputTable(figures.throughput),
    '',
    `Target guide ≥ 5× baseline requests/s: ${verdict(times >= 5)} (${times.toFixed(1)}× on the medians; ${perRound(guide, baseline)}).`,
    '',
  ].join('\n');
}

/** Replaces (or appends) the Publishing section of a Markdown file, creating the file if needed. */
export function writeSection(file: string, section: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Figures\n\nMeasured figures, one section per benchmark.\n';
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === HEADING);
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const next = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const after = next === -1 ? [] : lines.slice(next);
  fs.writeFileSync(file, [...lines.slice(0, start), ...section.trimEnd().split('\n'), ...(after.length ? ['', ...after] : [''])].join('\n'));
}
