/**
 * `npm run consistency [-- --threshold-ms 60000] [--json]`: per document and locale, the
 * release in force and the hash each channel serves. Exits 1 on drift, on a delivery pending
 * longer than the threshold, or on a dead delivery; 0 when every channel agrees.
 */
import { loadConsistency } from '../src/publishing/load-consistency';
import { option } from './lib/args';
import { bootStrapi } from './lib/boot';

async function main(): Promise<number> {
  process.env.DISPATCHER = 'off';
  const strapi = await bootStrapi();
  try {
    const report = await loadConsistency(strapi, Number(option('--threshold-ms') ?? 60_000));
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(report, null, 2));
      return report.clean ? 0 : 1;
    }
    for (const subject of report.subjects) {
      const problems = subject.channels.filter((c) => c.status !== 'consistent');
      if (problems.length === 0) continue;
      console.log(`${subject.subjectKey}  in force: v${subject.inForce.version} ${subject.inForce.contentHash?.slice(0, 12) ?? subject.inForce.action}`);
      for (const c of problems) console.log(`  ${c.channel.padEnd(8)} ${c.status.padEnd(8)} v${c.version ?? '-'} ${c.contentHash?.slice(0, 12) ?? '-'}  ${c.note ?? ''}`);
    }
    const { consistent, pending, drift, dead } = report.counts;
    console.log(`${report.subjects.length} documents × 4 channels: ${consistent} consistent, ${pending} pending, ${drift} drift, ${dead} dead.`);
    return report.clean ? 0 : 1;
  } finally {
    await strapi.destroy();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(2);
});
