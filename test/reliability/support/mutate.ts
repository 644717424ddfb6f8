/** One edit of a document; positions are taken modulo the current length so any number is valid. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'flipByte'; at: number; bit: number }
  | { kind: 'flipUnit'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'shuffleLines'; at: number; count: number; salt: number }
  | { kind: 'insert'; at: number; text: string };

const decoder = new TextDecoder('utf-8', { fatal: false });

/** A tiny LCG: shuffles must replay from the case alone. */
function shuffle<T>(items: T[], salt: number): T[] {
  let state = salt >>> 0 || 1;
  for (let i = items.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function applyOne(text: string, m: Mutation): string {
  const at = text.length ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'flipUnit': {
      if (!text.length) return text;
      const i = m.at % text.length;
      return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ m.mask) + text.slice(i + 1);
    }
    case 'flipByte': {
      // A flipped bit in the file, decoded leniently: broken sequences become U+FFFD as in an editor.
      const bytes = Buffer.from(text, 'utf8');
      if (!bytes.length) return text;
      const i = m.at % bytes.length;
      bytes[i] = bytes[i]! ^ (1 << m.bit);
      return decoder.decode(bytes);
    }
    case 'shuffleLines': {
      const lines = text.split('\n');
      const from = m.at % lines.length;
      const window = lines.slice(from, from + m.count);
      return [...lines.slice(0, from), ...shuffle(window, m.salt), ...lines.slice(from + m.count)].join('\n');
    }
  }
}

/** Applies the mutations in order. */
export const mutate = (text: string, mutations: readonly Mutation[]): string =>
  mutations.reduce(applyOne, text);
