import { parse, readDocument, documentId } from '../../src/parse/index.ts';
const path = process.argv[2] ?? 'fixtures/000_3e7985f103b3e583.txt';
const { text, sha256 } = await readDocument(path);
const doc = parse(text, { path, id: documentId(path), sha256 });
console.log(doc.id, doc.title, doc.diagnostics);
for (const e of doc.events) {
  console.log(e.index, e.kind, e.date, e.time, JSON.stringify(e.title.text), '|', e.place?.text, '|', e.url?.text, e.paragraphs.length);
  const kinds: Record<string, number> = {};
  for (const p of e.paragraphs) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  console.log('  ', JSON.stringify(kinds));
  for (const p of e.paragraphs) if (p.speaker || p.journalist) console.log('    ', p.kind, p.speaker?.title?.text, '|', p.speaker?.name.text, '|', p.journalist?.name.text, p.journalist?.outlet?.text);
}
