import { basename, extname } from 'node:path';

/** "fixtures/000_3E7985f103b3e583.txt" → "doc:000-3e7985f103b3e583": the base name, lower-case ASCII, dashes. */
export function documentId(path: string): string {
  const base = basename(path.replace(/\\/g, '/'));
  const stem = base.slice(0, base.length - extname(base).length) || base;
  return `doc:${slugify(stem) || 'document'}`;
}

export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
