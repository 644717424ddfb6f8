/**
 * ingest(): files → read → (skip unchanged) → parse → extract → resolve against the graph → load → analytics.
 * Each stage meets the next only in the data model; this module just calls them in order and sums up.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../graph-schema/apply.js';
import { analyze, type AnalyticsResult } from './analytics/index.js';
import { InputError } from './errors.js';
import { extract } from './extract/index.js';
import { existingEntities, load, loadedDocuments, type LoadCounters } from './load/index.js';
import { withDocumentText, type Extraction } from './model/index.js';
import { documentId, parse, readDocument, type ReadResult } from './parse/index.js';
import { resolve, type MergeLog } from './resolve/index.js';

export interface IngestProgress {
  phase: 'read' | 'extract' | 'load';
  done: number;
  total: number;
}

export interface IngestOptions {
  driver: Driver;
  database?: string;
  /** Reload documents even when their sha256 is unchanged. @default false */
  force?: boolean;
  /** Recompute degree, PageRank and communities when something was loaded. @default true */
  analytics?: boolean;
  /** Documents per write transaction. @default 50 */
  batchDocuments?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary extends LoadCounters {
  documents: { read: number; skipped: number; loaded: number; failed: number };
  /** Files met in the folders that are neither .txt nor .html: not read, listed so none goes unnoticed. */
  skippedFiles: string[];
  entities: number;
  relations: number;
  failures: { path: string; message: string }[];
  diagnostics: number;
  mergeLog: MergeLog;
  analytics?: AnalyticsResult;
  ms: { read: number; extract: number; resolve: number; load: number; analytics: number; total: number };
}

/** What a folder walk takes as a document: a compilation saved as text, or a saved web page. */
const isDocumentName = (name: string): boolean => /\.(?:txt|html?)$/iu.test(name);

/**
 * The .txt and .html files under `paths` (files or folders, recursively), sorted; `gold/` and hidden
 * folders are not walked. Any other file in a folder is passed to `onOther` (a named file is always taken).
 * An entry that cannot be read (a symlink loop, a dangling link, no permission) is reported through
 * `onProblem` and skipped, so the good files beside it are still ingested; a folder reached twice through
 * links is walked once.
 */
export async function listDocuments(
  paths: readonly string[],
  onProblem: (path: string, message: string) => void = (path, message) => {
    throw new InputError(path, message);
  },
  onOther: (path: string) => void = () => {},
): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = async (path: string): Promise<void> => {
    const info = await stat(path).catch((cause: NodeJS.ErrnoException) => {
      if (cause.code === 'ENOENT') throw new InputError(path, 'no such file or folder.', { cause });
      return cause;
    });
    if (info instanceof Error) return onProblem(path, unreadable(info as NodeJS.ErrnoException));
    if (info.isFile()) return void out.push(path);
    const real = await realpath(path);
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of (await readdir(path)).sort()) {
      const child = join(path, entry);
      const childInfo = await stat(child).catch((e: NodeJS.ErrnoException) => e);
      if (childInfo instanceof Error) {
        if (isDocumentName(entry) || (childInfo as NodeJS.ErrnoException).code === 'ELOOP')
          onProblem(child, unreadable(childInfo as NodeJS.ErrnoException));
      } else if (childInfo.isDirectory()) {
        if (entry !== 'gold' && !entry.startsWith('.')) await walk(child);
      } else if (isDocumentName(entry)) out.push(child);
      else onOther(child);
    }
  };
  for (const p of paths) await walk(p);
  return [...new Set(out)].sort();
}

function unreadable(error: NodeJS.ErrnoException): string {
  if (error.code === 'ELOOP') return 'skipped: a symbolic link loop.';
  if (error.code === 'ENOENT') return 'skipped: a dangling symbolic link.';
  if (error.code === 'EACCES') return 'skipped: permission denied.';
  return `skipped: cannot be read (${error.code ?? error.message}).`;
}

const since = (t: number): number => Math.round(performance.now() - t);

/** Ingests files or folders into the graph; unchanged documents are skipped, changed ones replaced. */
export async function ingest(paths: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const { driver, database, onProgress } = options;
  await applySchema(driver, database);
  const failures: IngestSummary['failures'] = [];
  const skippedFiles = new Set<string>();
  const files = await listDocuments(
    paths,
    (path, message) => failures.push({ path, message: `${path}: ${message}` }),
    (path) => skippedFiles.add(path),
  );
  const loaded = await loadedDocuments(
    driver,
    files.map((f) => documentId(f)),
    database,
  );

  let t = performance.now();
  let skipped = 0;
  const fresh: (ReadResult & { path: string })[] = [];
  for (const [i, path] of files.entries()) {
    try {
      const read = await readDocument(path);
      if (options.force || loaded.get(documentId(path)) !== read.sha256) fresh.push({ path, ...read });
      else skipped++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push({ path, message: error.message });
    }
    onProgress?.({ phase: 'read', done: i + 1, total: files.length });
  }
  const readMs = since(t);

  t = performance.now();
  const extractions: Extraction[] = [];
  for (const [i, { path, text, sha256, format }] of fresh.entries()) {
    const parsed = parse(text, { path, sha256 });
    // A file with no recognisable event (a letter, a log, a page of something else) is not loaded.
    const fatal = parsed.diagnostics.find((d) => d.severity === 'error');
    if (fatal) failures.push({ path, message: `${path}: not loaded: ${fatal.message}.` });
    // The Document node keeps the text the spans index, so every evidence span can be checked in the graph.
    else extractions.push(withDocumentText(extract(parsed), { text, format }));
    onProgress?.({ phase: 'extract', done: i + 1, total: fresh.length });
  }
  const extractMs = since(t);

  t = performance.now();
  // What the graph holds besides the documents being (re)loaded: their old share is about to be taken back.
  const reloading = new Set(fresh.map((f) => documentId(f.path)));
  const existing = (fresh.length ? await existingEntities(driver, database) : [])
    .map((e) => ({ ...e, documents: e.documents.filter((d) => !reloading.has(d)) }))
    .filter((e) => e.documents.length > 0);
  const graph = resolve(extractions, { existing });
  const resolveMs = since(t);

  t = performance.now();
  const result = await load(driver, graph, {
    database,
    batchDocuments: options.batchDocuments,
    loaded: new Set(loaded.keys()),
    onProgress: (done) => onProgress?.({ phase: 'load', done, total: graph.documents.length }),
  });
  const loadMs = since(t);
  for (const f of result.failed)
    failures.push({
      path: graph.documents.find((d) => d.id === f.document)?.path ?? f.document,
      message: f.error.message,
    });

  t = performance.now();
  const analytics =
    result.loaded.length && options.analytics !== false ? await analyze(driver, { database }) : undefined;
  const { loaded: _l, failed: _f, transactions: _t, ...counters } = result;
  return {
    ...counters,
    documents: { read: files.length, skipped, loaded: result.loaded.length, failed: failures.length },
    skippedFiles: [...skippedFiles].sort(),
    entities: graph.entities.length,
    relations: graph.relations.length,
    failures,
    diagnostics: graph.diagnostics.length,
    mergeLog: graph.mergeLog,
    ...(analytics && { analytics }),
    ms: {
      read: readMs,
      extract: extractMs,
      resolve: resolveMs,
      load: loadMs,
      analytics: since(t),
      total: since(t0),
    },
  };
}
