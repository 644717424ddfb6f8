import { withDocumentText, type Extraction } from '../model/index.js';
import { documentId, parse, readDocument } from '../parse/index.js';
import { extract } from '../extract/index.js';

/**
 * Reads, parses and extracts one file: the front half of ingestion. An HTML page's record carries the
 * text its spans index (the page's visible text); a text file's spans index the file itself.
 */
export async function extractFile(path: string): Promise<Extraction> {
  const read = await readDocument(path);
  const extraction = extract(parse(read.text, { path, id: documentId(path), sha256: read.sha256 }));
  return read.format === 'html' ? withDocumentText(extraction, read) : extraction;
}
