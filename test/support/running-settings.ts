import type { Driver } from 'neo4j-driver';
import type { Neo4jSetting } from '../../src/db/neo4j-settings.js';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** Neo4j prints sizes its own way ("1g" comes back as "1.00GiB"): compare sizes as bytes, the rest as text. */
export function comparableValue(value: string): string {
  const size = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(value.trim());
  return size ? String(Math.round(Number(size[1]) * UNITS[size[2]!.toLowerCase()]!)) : value;
}

/** What the running server says each setting is (dbms.listConfig), for the keys of `settings`. */
export async function runningSettings(
  driver: Driver,
  settings: readonly Neo4jSetting[],
): Promise<Record<string, string | undefined>> {
  const { records } = await driver.executeQuery(
    'CALL dbms.listConfig() YIELD name, value WHERE name IN $names RETURN name, value',
    { names: settings.map((s) => s.key) },
  );
  const byName = new Map(records.map((r) => [r.get('name') as string, r.get('value') as string | null]));
  return Object.fromEntries(
    settings.map(({ key }) => {
      const value = byName.get(key);
      return [
        key,
        value === null || value === undefined || value === '' ? undefined : comparableValue(value),
      ];
    }),
  );
}

/** The list as runningSettings() reports it: sizes as bytes, unset values undefined. */
export function expectedSettings(settings: readonly Neo4jSetting[]): Record<string, string | undefined> {
  return Object.fromEntries(
    settings.map(({ key, value }) => [key, value === undefined ? undefined : comparableValue(value)]),
  );
}
