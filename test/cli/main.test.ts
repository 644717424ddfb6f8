import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { formatSummary } from '../../src/cli/commands/ingest.js';
import type { IngestSummary } from '../../src/pipeline.js';
import { kg } from './run-kg.js';

const SEED = 'fixtures/000_3e7985f103b3e583.txt';

/** A text file with no event heading: a letter, not a compilation. */
function noEventFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-no-event-')), 'lettre.txt');
  writeFileSync(file, 'Cher ami,\nJe vous écris pour vous remercier.\n');
  return file;
}
const COMMANDS = [
  'start',
  'db',
  'db start',
  'db stop',
  'db status',
  'ingest',
  'extract',
  'eval',
  'stats',
  'export',
  'remove',
  'serve',
];

describe('help and version', () => {
  test('kg --help lists every command, examples and the exit codes, on stdout, exit 0', async () => {
    const { code, stdout, stderr } = await kg('--help');
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    for (const name of ['start', 'db', 'ingest', 'extract', 'eval', 'stats', 'export', 'remove', 'serve'])
      expect(stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    expect(stdout).toMatch(/^Examples:$/m);
    expect(stdout).toMatch(/Exit codes: 0 ok, 1 input problem.*\n.*2 usage.*3 database unavailable/);
  });

  test.each(COMMANDS)('kg %s --help shows usage and examples', async (command) => {
    const { code, stdout } = await kg(...command.split(' '), '--help');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(new RegExp(`^Usage: kg ${command} `, 'm'));
    expect(stdout).toMatch(/^Examples:\n {2}(npm|kg|NEO4J_URI=|PORT=)/m);
  });

  test('kg help <command> is the same as kg <command> --help', async () => {
    expect((await kg('help', 'stats')).stdout).toBe((await kg('stats', '--help')).stdout);
  });

  test('--version and -V print package.json’s version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(await kg('--version')).toEqual({ code: EXIT.ok, stdout: `${version}\n`, stderr: '' });
    expect((await kg('-V')).stdout).toBe(`${version}\n`);
  });

  test('no colours when the output is not a terminal, colours when it is', async () => {
    const plain = await kg('stats', '--help');
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    let tty = '';
    await main(['stats', '--help'], { stdout: (t) => void (tty += t), stderr: () => {}, isTTY: true });
    expect(tty).toMatch(/\x1b\[1mUsage:/);
    expect(tty.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});

describe('usage errors exit 2 with one line naming the help to read', () => {
  test.each([
    [['frobnicate'], /^kg: unknown command 'frobnicate' \(see `kg --help`\)$/],
    [['stats', '--bogus'], /^kg: unknown option '--bogus' \(see `kg stats --help`\)$/],
    [['db', 'status', '--bogus'], /^kg: unknown option '--bogus' \(see `kg db status --help`\)$/],
    [['extract'], /^kg: missing required argument 'files' \(see `kg extract --help`\)$/],
    [
      ['export', '--format', 'xml'],
      /^kg: option '--format <format>' argument 'xml' is invalid\. .*graphml.*\(see `kg export --help`\)$/,
    ],
    [['ingest', 'fixtures/', '--batch', '0'], /^kg: ingest: --batch must be a positive integer, got "0"\.$/],
  ])('kg %j', async (argv, line) => {
    const { code, stdout, stderr } = await kg(...argv);
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(line);
  });

  test('kg alone prints the help on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await kg();
    expect(code).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: kg \[options\] \[command\]/);
  });
});

describe('input problems exit 1 with the file named', () => {
  test('extract of a missing file', async () => {
    const { code, stdout, stderr } = await kg('extract', 'fixtures/no-such-compilation.txt');
    expect(code).toBe(EXIT.input);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^kg: fixtures\/no-such-compilation\.txt: .*\n$/);
  });

  test('extract of a file with no event: named with the reason, nothing printed, exit 1 (as ingest)', async () => {
    const file = noEventFile();
    const { code, stdout, stderr } = await kg('extract', file);
    expect(code).toBe(EXIT.input);
    expect(stdout).toBe('');
    expect(stderr).toBe(`kg: ${file}: not extracted: no event heading or index entry was recognised.\n`);
  });

  test('extract of a good file and a file with no event: the good one printed, exit 1', async () => {
    const { code, stdout, stderr } = await kg(
      'extract',
      noEventFile(),
      'fixtures/html/tatarstan-page-text.txt',
    );
    expect(code).toBe(EXIT.input);
    expect(JSON.parse(stdout).documents).toHaveLength(1);
    expect(stderr).toMatch(/not extracted: no event/);
  });

  test('extract of a folder', async () => {
    const { code, stderr } = await kg('extract', 'fixtures/gold');
    expect(code).toBe(EXIT.input);
    expect(stderr).toMatch(/^kg: fixtures\/gold: not a regular file/);
  });

  test('eval of a folder that does not exist names the gold folder it looked for', async () => {
    const { code, stderr } = await kg('eval', '--dir', 'no-such-fixtures');
    expect(code).toBe(EXIT.input);
    expect(stderr).toBe('kg: no-such-fixtures/gold: no such file or folder.\n');
  });
});

describe('extract and eval print JSON for scripts', () => {
  test('extract of the seed prints the contract JSON on stdout', async () => {
    const { code, stdout } = await kg('extract', SEED);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['documents', 'entities', 'relations']);
    expect(json.documents[0]).toMatchObject({ id: 'doc:000-3e7985f103b3e583', path: SEED });
    const dates = json.entities
      .filter((e: { type: string }) => e.type === 'Event')
      .map((e: any) => e.properties.date);
    expect(dates).toEqual(expect.arrayContaining(['2025-03-10', '2025-03-11', '2025-03-12', '2025-03-13']));
    const makhonin = json.entities.find((e: { name: string }) => e.name === 'Dmitry Makhonin');
    expect(makhonin).toMatchObject({ type: 'Person' });
    const holds = json.relations.find((r: any) => r.type === 'HOLDS_POSITION' && r.source === makhonin.id);
    expect(holds.evidence[0].text).toMatch(/gouverneur/i);
  });

  test('extract of an HTML page: the document record carries the text the offsets index', async () => {
    const { code, stdout, stderr } = await kg('extract', 'fixtures/html/tatarstan-page.html');
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    const [doc] = json.documents;
    expect(doc).toMatchObject({ id: 'doc:tatarstan-page', format: 'html' });
    expect(doc.text).toMatch(
      /^Rencontre avec le président de la République du Tatarstan Rustam Minnikhanov\n/,
    );
    const holds = json.relations.find((r: any) => r.type === 'HOLDS_POSITION');
    for (const e of holds.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  });

  test('extract of a text file prints no copy of the text: its offsets index the file', async () => {
    const { stdout } = await kg('extract', 'fixtures/html/tatarstan-page-text.txt');
    expect(Object.keys(JSON.parse(stdout).documents[0]).sort()).toEqual(['id', 'path', 'sha256', 'title']);
  });

  test('eval --json prints one report per gold file with per-type F1 between 0 and 1', async () => {
    const { code, stdout } = await kg('eval', '--json');
    expect(code).toBe(EXIT.ok);
    const reports = JSON.parse(stdout);
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(reports)).toMatch(/"f1":/);
  });
});

describe('the ingest summary', () => {
  const summary = (skippedFiles: string[]): IngestSummary => ({
    documents: { read: 2, skipped: 0, loaded: 2, failed: 0 },
    skippedFiles,
    nodesCreated: 1,
    nodesDeleted: 0,
    relationshipsCreated: 1,
    relationshipsDeleted: 0,
    propertiesSet: 1,
    entities: 1,
    relations: 1,
    failures: [],
    diagnostics: 0,
    mergeLog: { merged: [], rejected: [] },
    ms: { read: 1, extract: 1, resolve: 1, load: 1, analytics: 1, total: 5 },
  });

  test('lists the files that are neither .txt nor .html as skipped, with their count', () => {
    const lines = formatSummary(summary(['docs/README.md', 'docs/notes.json'])).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      'skipped: 2 files that are neither .txt nor .html',
      '  docs/README.md',
      '  docs/notes.json',
    ]);
  });

  test('names the first 20 and counts the rest', () => {
    const paths = Array.from({ length: 23 }, (_, i) => `docs/image-${i}.png`);
    const lines = formatSummary(summary(paths)).split('\n');
    expect(lines[1]).toBe('skipped: 23 files that are neither .txt nor .html');
    expect(lines[21]).toBe('  docs/image-19.png');
    expect(lines[22]).toBe('  … and 3 more (--json lists them all)');
  });

  test('says nothing of skipped files when there are none', () => {
    expect(formatSummary(summary([]))).not.toMatch(/skipped:/);
  });
});
