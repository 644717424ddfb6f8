import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localPlacement, neo4jSettings, type Neo4jSetting } from './neo4j-settings.js';

export interface ConfOptions {
  boltPort: number;
  httpPort: number;
  /** e.g. `play http://localhost:4000/guide.html`; Browser runs it after login. */
  browserPostConnectCmd?: string;
}

/** The settings as neo4j.conf lines, each under its reason; an unset one stays a comment (Neo4j's default). */
export function confLines(settings: readonly Neo4jSetting[]): string {
  return settings
    .map(({ key, value, why }) => (value === undefined ? `# ${why}\n# ${key}=` : `# ${why}\n${key}=${value}`))
    .join('\n');
}

/** Fills neo4j/neo4j.conf.template with the settings of src/db/neo4j-settings.ts for this machine. */
export function renderConf(template: string, options: ConfOptions): string {
  // A function, so that a `$&` in a value is not read as a replacement pattern.
  return template.replace('{{settings}}', () => confLines(neo4jSettings(localPlacement(options))));
}

/** Writes <home>/conf/neo4j.conf from the template in the repo; returns its text. */
export function writeConf(root: string, home: string, options: ConfOptions): string {
  const template = readFileSync(join(root, 'neo4j', 'neo4j.conf.template'), 'utf8');
  const text = renderConf(template, options);
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), text);
  return text;
}

/** "512m" → "524288k", the unit Neo4j's bootloader passes to -Xms/-Xmx. */
function toKilobytes(size: string): string {
  const match = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!match) return size;
  const factor = { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[
    match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'
  ];
  return `${Math.ceil(Number(match[1]) * factor)}k`;
}

/**
 * The JVM options `neo4j console --dry-run` prints for this conf (checked on 5.26.30): every
 * server.jvm.additional line in order, -Dfile.encoding=UTF-8, then the heap in kilobytes.
 */
export function jvmOptions(confText: string): string[] {
  const settings = confText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  const options = settings.filter(([key]) => key === 'server.jvm.additional').map(([, value]) => value);
  options.push('-Dfile.encoding=UTF-8');
  const initial = settings.find(([key]) => key === 'server.memory.heap.initial_size')?.[1];
  const max = settings.find(([key]) => key === 'server.memory.heap.max_size')?.[1];
  if (initial) options.push(`-Xms${toKilobytes(initial)}`);
  if (max) options.push(`-Xmx${toKilobytes(max)}`);
  return options;
}
