import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

export interface ReadOptions {
  /** Largest file accepted, in bytes. @default 20 MB */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a text file as UTF-8 (UTF-16 with a BOM is decoded too) and hashes its raw bytes.
 * A UTF-8 BOM stays in `text` as U+FEFF so that offsets count it. Throws InputError for
 * files that are empty, too large, binary, HTML pages, or not valid UTF-8.
 */
export async function readDocument(
  path: string,
  options: ReadOptions = {},
): Promise<{ text: string; sha256: string }> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(path, 'not a regular file. Pass a .txt file.');
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
  return { text: decode(path, bytes, maxBytes), sha256 };
}

function decode(path: string, bytes: Buffer, maxBytes: number): string {
  if (bytes.length === 0) throw new InputError(path, 'file is empty.');
  if (bytes.length > maxBytes) throw new InputError(path, `file is over the ${maxBytes}-byte limit.`);
  const utf16 = utf16Encoding(bytes);
  const text = utf16 ? decodeWith(path, bytes, utf16) : decodeUtf8(path, bytes);
  if (text.replace(/^\uFEFF/u, '').trim() === '') throw new InputError(path, 'file holds only white space.');
  if (/^\uFEFF?\s*<(?:!doctype\s+html|html[\s>])/iu.test(text)) {
    throw new InputError(path, 'is an HTML page, not a plain-text compilation. Save the page as text first.');
  }
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
