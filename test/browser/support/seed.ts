import type { Driver } from 'neo4j-driver';
import { ingest } from '../../../src/pipeline.js';

/** The seed graph: the four fixture documents, ingested under their own paths (idempotent: unchanged files are skipped). */
export const SEED_FILES = [
  'fixtures/000_3e7985f103b3e583.txt',
  'fixtures/001_tatarstan-krasnodar-avril-2025.txt',
  'fixtures/002_conseil-securite-ouzbekistan-avril-2025.txt',
  'fixtures/003_primorie-inde-zapad-septembre-2021.txt',
];

/** Loads the seed if it is not there yet; shared with other files that reuse it, so never removed. */
export async function loadSeed(driver: Driver, database?: string): Promise<void> {
  const summary = await ingest(SEED_FILES, { driver, database });
  if (summary.failures.length)
    throw new Error(`seed: ${summary.failures.map((f) => `${f.path}: ${f.message}`).join('; ')}`);
}
