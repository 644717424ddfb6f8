import { withDocumentText, type Extraction } from '../model/index.js';
import { documentId, parse, readDocument } from '../parse/index.js';
import { extract } from '../extract/index.js';
import { InputError } from '../errors.js';

/**
 * Reads, parses and extracts one file: the front half of ingestion. Throws an InputError for a file
 * with no event, which ingestion does not load either. An HTML page's record carries the
 * text its spans index (the page's visible text); a text file's spans index the file itself.
 */
export async function extractFile(path: string): Promise<Extraction> {
  const read = await readDocument(path);
  const parsed = parse(read.text, { path, id: documentId(path), sha256: read.sha256 });
  // A file with no recognisable event is an input problem, as `kg ingest` says too ("not loaded").
  const fatal = parsed.diagnostics.find((d) => d.severity === 'error');
  if (fatal) throw new InputError(path, `not extracted: ${fatal.message}.`);
  const extraction = extract(parsed);
  return read.format === 'html' ? withDocumentText(extraction, read) : extraction;
}
