import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import type { DocumentFormat } from '../model/index.js';
import { htmlText } from './html-text.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes. @default 20 MB */
  maxBytes?: number;
}

/** A document as read: the text every span will index, the sha256 of the file's bytes, and its format. */
export interface ReadResult {
  text: string;
  sha256: string;
  format: DocumentFormat;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** `.html`, `.htm`, or a page saved under another name that opens like one. */
const HTML_NAME = /\.html?$/iu;
const HTML_START = /^\uFEFF?\s*<(?:!doctype\s+html|html[\s>])/iu;

/**
 * Reads a document as UTF-8 (UTF-16 with a BOM is decoded too) and hashes its raw bytes.
 * A text file's `text` is the file exactly as read (a UTF-8 BOM stays as U+FEFF so that offsets count it);
 * an HTML page's is its visible text (htmlText), which is then what every span indexes. Throws InputError
 * for files that are empty, too large, binary, pages with no text, or not valid UTF-8.
 */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(path, 'not a regular file. Pass a .txt or .html file.');
    if (info.size > maxBytes)
      throw new InputError(
        path,
        `file is ${info.size} bytes, over the ${maxBytes}-byte limit. Split it or raise the limit.`,
      );
    bytes = await readFile(path);
  } catch (cause) {
    if (cause instanceof InputError) throw cause;
    throw new InputError(
      path,
      `cannot be read (${(cause as NodeJS.ErrnoException).code ?? String(cause)}).`,
      { cause },
    );
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decode(path, bytes, maxBytes);
  if (!HTML_NAME.test(path) && !HTML_START.test(decoded)) return { text: decoded, sha256, format: 'text' };
  const text = htmlText(decoded);
  if (text === '') throw new InputError(path, 'HTML page shows no text (only markup, scripts or menus).');
  return { text, sha256, format: 'html' };
}

function decode(path: string, bytes: Buffer, maxBytes: number): string {
  if (bytes.length === 0) throw new InputError(path, 'file is empty.');
  if (bytes.length > maxBytes) throw new InputError(path, `file is over the ${maxBytes}-byte limit.`);
  const utf16 = utf16Encoding(bytes);
  const text = utf16 ? decodeWith(path, bytes, utf16) : decodeUtf8(path, bytes);
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new InputError(path, 'file holds only white space.');
  if (controlShare(text) > 0.05)
    throw new InputError(path, 'looks binary (control characters). Pass a UTF-8 text file.');
  return text;
}

function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf8(path: string, bytes: Buffer): string {
  // NUL bytes: a binary file (or UTF-16 without its BOM), never a text compilation.
  if (bytes.subarray(0, 65536).includes(0))
    throw new InputError(path, 'looks binary (NUL bytes). Pass a UTF-8 text file.');
  return decodeWith(path, bytes, 'utf-8');
}

function decodeWith(path: string, bytes: Buffer, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string {
  try {
    // ignoreBOM keeps U+FEFF in the text: spans index "the file's text exactly as read".
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(path, `is not valid ${encoding.toUpperCase()}. Re-save it as UTF-8.`, { cause });
  }
}

function controlShare(text: string): number {
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/gu)?.length ?? 0;
  return controls / Math.max(1, sample.length);
}
