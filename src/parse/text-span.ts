import type { TextSpan } from '../model/index.js';

/** The span [start, end) of `text` with its slice, so `span.text === text.slice(start, end)` by construction. */
export const textSpan = (text: string, start: number, end: number): TextSpan => ({
  start,
  end,
  text: text.slice(start, end),
});
