import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, test } from 'vitest';
import { formatGraph } from '../../src/export/index.js';

// A small graph with what the real one carries: lists, numbers, accents, quotes, "&", a broken character.
function sample(): Graph {
  const g = new Graph({ type: 'directed', multi: true });
  g.addNode('person:dmitry-makhonin', {
    type: 'Person',
    label: 'Dmitry Makhonin',
    name: 'Dmitry Makhonin',
    aliases: ['Makhonin'],
    pagerank: 0.0123,
    degree: 7,
  });
  g.addNode('region:territoire-de-perm', {
    type: 'Region',
    label: 'Territoire de Perm',
    name: 'Territoire de Perm',
    kind: 'federal_subject',
  });
  g.addNode('org:x', {
    type: 'Organization',
    label: 'R&D "Ural" <Kali> \u0001 �',
    name: 'R&D "Ural" <Kali> \u0001 �',
  });
  g.addEdge('person:dmitry-makhonin', 'region:territoire-de-perm', {
    type: 'HOLDS_POSITION',
    title: 'gouverneur',
    evidenceStarts: [40],
    evidenceTexts: ['Le gouverneur du territoire de Perm'],
  });
  g.addEdge('person:dmitry-makhonin', 'region:territoire-de-perm', {
    type: 'MENTIONED_IN',
    documents: ['doc:a'],
  });
  return g;
}

const xml = (s: string) => new DOMParser().parseFromString(s, 'text/xml');

describe('GraphML', () => {
  const doc = xml(formatGraph(sample(), 'graphml'));
  const root = doc.documentElement!;

  test('follows the GraphML structure: namespace, keys first and typed, then one graph', () => {
    expect(root.namespaceURI).toBe('http://graphml.graphdrawing.org/xmlns');
    const children = Array.from(root.childNodes).filter((n) => n.nodeType === 1) as Element[];
    const firstGraph = children.findIndex((c) => c.localName === 'graph');
    expect(children.slice(0, firstGraph).every((c) => c.localName === 'key')).toBe(true);
    expect(children.slice(firstGraph).map((c) => c.localName)).toEqual(['graph']);
    for (const key of children.slice(0, firstGraph)) {
      expect(['node', 'edge']).toContain(key.getAttribute('for'));
      expect(['boolean', 'int', 'long', 'float', 'double', 'string']).toContain(
        key.getAttribute('attr.type'),
      );
    }
  });

  test('every <data> refers to a declared key of its scope, every edge to declared nodes', () => {
    const keys = new Map(
      Array.from(doc.getElementsByTagName('key')).map((k) => [k.getAttribute('id'), k.getAttribute('for')]),
    );
    for (const d of Array.from(doc.getElementsByTagName('data')))
      expect(keys.get(d.getAttribute('key'))).toBe((d.parentNode as Element).localName);
    const nodes = new Set(Array.from(doc.getElementsByTagName('node')).map((n) => n.getAttribute('id')));
    expect(nodes.size).toBe(3);
    const edges = Array.from(doc.getElementsByTagName('edge'));
    expect(edges).toHaveLength(2);
    for (const e of edges)
      expect(nodes.has(e.getAttribute('source')) && nodes.has(e.getAttribute('target'))).toBe(true);
  });

  test('values survive: escaped text, typed numbers, lists as JSON', () => {
    const byName = new Map(
      Array.from(doc.getElementsByTagName('key')).map((k) => [
        k.getAttribute('attr.name') + '@' + k.getAttribute('for'),
        k,
      ]),
    );
    expect(byName.get('degree@node')!.getAttribute('attr.type')).toBe('long');
    expect(byName.get('pagerank@node')!.getAttribute('attr.type')).toBe('double');
    const value = (node: string, name: string) => {
      const id = byName.get(`${name}@node`)!.getAttribute('id');
      const el = Array.from(doc.getElementsByTagName('node')).find((n) => n.getAttribute('id') === node)!;
      return Array.from(el.getElementsByTagName('data')).find((d) => d.getAttribute('key') === id)
        ?.textContent;
    };
    expect(value('org:x', 'name')).toBe('R&D "Ural" <Kali>  �');
    expect(JSON.parse(value('person:dmitry-makhonin', 'aliases')!)).toEqual(['Makhonin']);
  });
});

describe('GEXF and JSON', () => {
  test('GEXF parses back into the same graph', () => {
    const back = parseGexf(Graph, formatGraph(sample(), 'gexf'));
    expect([back.order, back.size]).toEqual([3, 2]);
    expect(back.getNodeAttribute('person:dmitry-makhonin', 'label')).toBe('Dmitry Makhonin');
  });

  test('JSON is graphology’s serialisation and imports back', () => {
    const back = new Graph({ multi: true });
    back.import(JSON.parse(formatGraph(sample(), 'json')));
    expect(back.getNodeAttribute('region:territoire-de-perm', 'kind')).toBe('federal_subject');
    expect(back.size).toBe(2);
  });
});
