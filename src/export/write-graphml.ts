import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';

type AttrType = 'boolean' | 'long' | 'double' | 'string';

// XML 1.0 forbids most control characters; the machine-translated texts carry a few.
const escapeXml = (s: string): string =>
  s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function typeOf(values: unknown[]): AttrType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'long';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

/** Lists become JSON text: GraphML data values are scalars. */
const text = (v: unknown): string =>
  Array.isArray(v) || (typeof v === 'object' && v !== null) ? JSON.stringify(v) : String(v);

function keysOf(scope: 'node' | 'edge', rows: Attributes[], prefix: string) {
  const values = new Map<string, unknown[]>();
  for (const attrs of rows)
    for (const [k, v] of Object.entries(attrs))
      if (v !== null && v !== undefined) (values.get(k) ?? values.set(k, []).get(k)!).push(v);
  return [...values.keys()]
    .sort()
    .map((name, i) => ({ id: `${prefix}${i}`, name, scope, type: typeOf(values.get(name)!) }));
}

/**
 * GraphML (http://graphml.graphdrawing.org/xmlns) as the schema wants it: every <key> before the <graph>,
 * typed with attr.type, then nodes and edges with <data> per non-null attribute. Opens in Gephi and yEd.
 */
export function writeGraphml(graph: Graph): string {
  const nodeAttrs: Attributes[] = [];
  graph.forEachNode((_, a) => void nodeAttrs.push(a));
  const edgeAttrs: Attributes[] = [];
  graph.forEachEdge((_, a) => void edgeAttrs.push(a));
  const nodeKeys = keysOf('node', nodeAttrs, 'n');
  const edgeKeys = keysOf('edge', edgeAttrs, 'e');
  const data = (keys: typeof nodeKeys, attrs: Attributes) =>
    keys
      .filter((k) => attrs[k.name] !== null && attrs[k.name] !== undefined)
      .map((k) => `<data key="${k.id}">${escapeXml(text(attrs[k.name]))}</data>`)
      .join('');
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...edgeKeys].map(
      (k) => `  <key id="${k.id}" for="${k.scope}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`,
    ),
    `  <graph id="G" edgedefault="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
  ];
  graph.forEachNode((node, attrs) =>
    out.push(`    <node id="${escapeXml(node)}">${data(nodeKeys, attrs)}</node>`),
  );
  let n = 0;
  graph.forEachEdge((_, attrs, s, t) =>
    out.push(
      `    <edge id="r${n++}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data(edgeKeys, attrs)}</edge>`,
    ),
  );
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
