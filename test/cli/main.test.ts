import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { kg } from './run-kg.js';

const SEED = 'fixtures/000_3e7985f103b3e583.txt';
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

  test('eval --json prints one report per gold file with per-type F1 between 0 and 1', async () => {
    const { code, stdout } = await kg('eval', '--json');
    expect(code).toBe(EXIT.ok);
    const reports = JSON.parse(stdout);
    expect(reports.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(reports)).toMatch(/"f1":/);
  });
});
