/** Seeds the Dongguan sample content into a test app, quietly, and returns the report. */
import { seedSampleContent, type SeedReport } from '../../scripts/seed/seed-content';
import type { TestApp } from './app';

export async function seedQuietly(app: TestApp): Promise<{ report: SeedReport; lines: string[] }> {
  const lines: string[] = [];
  const report = await seedSampleContent(app.strapi, (line) => lines.push(line));
  return { report, lines };
}
