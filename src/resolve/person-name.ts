import { translitKey } from './fold-name.js';

export interface PersonName {
  /** Folded given name, or its initial ("v" for "V. Poutine"); undefined for "Poutine" alone. */
  given?: string;
  /** Folded surname: the last word. */
  surname: string;
}

/** Splits a person's name into folded given name and surname: "Vladimir Poutine" → { given: "vladimir", surname: "putine" }. */
export function personName(name: string): PersonName {
  const words = translitKey(name).split(' ').filter(Boolean);
  const surname = words.at(-1) ?? '';
  return words.length >= 2 ? { given: words[0], surname } : { surname };
}
