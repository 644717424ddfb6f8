import type { Extraction } from '../model/index.js';
import { documentId, parse, readDocument } from '../parse/index.js';
import { extract } from '../extract/index.js';

/** Reads, parses and extracts one file: the front half of ingestion. */
export async function extractFile(path: string): Promise<Extraction> {
  const { text, sha256 } = await readDocument(path);
  return extract(parse(text, { path, id: documentId(path), sha256 }));
}
