/**
 * Turns a scenario file, as bytes or as text, into the text the YAML parser reads: the
 * one place where the size limit is enforced, the encoding is chosen and line endings
 * are made uniform, for the command line and the browser alike.
 */
import { formatBytes, MAX_FILE_BYTES } from './limits';

/** Where reading stopped and why; line and column are 1-based. */
export type TextProblem = { line: number; column: number; message: string };

export type FileText = { ok: true; text: string } | { ok: false; problem: TextProblem };

/** The message for a file over the size limit; `bytes` undefined when its size is unknown. */
export function fileTooLarge(bytes: number | undefined): string {
  const size =
    bytes === undefined ? `more than ${formatBytes(MAX_FILE_BYTES)}` : formatBytes(bytes);
  return `the file is too large to check (${size}): a scenario file may be at most ${formatBytes(MAX_FILE_BYTES)}`;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32';

/**
 * The encoding by byte-order mark or, without one, by where the zero bytes of a first
 * ASCII character fall (the detection the YAML specification describes).
 */
function detectEncoding(b: Uint8Array): Encoding {
  const [b0, b1, b2, b3] = [b[0], b[1], b[2], b[3]];
  const four = b.length >= 4;
  if (four && b0 === 0 && b1 === 0) return 'utf-32';
  if (four && b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32';
  if (four && b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'utf-32';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b0 === 0 && b1 !== 0) return 'utf-16be';
  if (b.length >= 2 && b0 !== 0 && b1 === 0) return 'utf-16le';
  return 'utf-8';
}

/** Whether `bytes` decode; `whole` also asks that they not end inside a character. */
function canDecode(label: Encoding, bytes: Uint8Array, whole = false): boolean {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

/** Line and column just after `text`. */
function endOf(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

/**
 * Where the first byte that cannot be read lies. Decoding a prefix fails exactly when
 * the prefix holds a bad byte, so a binary search over prefix lengths finds it. A
 * prefix may end in the middle of a character, which is not (yet) an error: the bad
 * byte is then the one that began that character.
 */
function firstBadByte(label: Encoding, bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (canDecode(label, bytes.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  if (label === 'utf-8' && !canDecode(label, bytes.subarray(0, good), true)) {
    for (let back = 1; back <= 3 && good - back >= 0; back++) {
      if ((bytes[good - back] as number) >= 0xc0) return good - back;
      if ((bytes[good - back] as number) < 0x80) break;
    }
  }
  return good;
}

function decodeBytes(bytes: Uint8Array): FileText {
  const encoding = detectEncoding(bytes);
  if (encoding === 'utf-32') {
    return fail(
      1,
      1,
      'this file is saved as UTF-32, which the game does not read: save it as UTF-8',
    );
  }
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const at = firstBadByte(encoding, bytes);
    const before = new TextDecoder(encoding).decode(bytes.subarray(0, at)).replace(/^\uFEFF/, '');
    const { line, column } = endOf(before);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const message =
      encoding === 'utf-8'
        ? `this is not UTF-8 text (byte 0x${byte} here cannot be read; the file may be saved as Latin-1 or Windows-1252): save it as UTF-8`
        : `this is not valid ${encoding === 'utf-16le' ? 'UTF-16' : 'UTF-16 (big-endian)'} text: save the file as UTF-8`;
    return fail(line, column, message);
  }
}

function fail(line: number, column: number, message: string): FileText {
  return { ok: false, problem: { line, column, message } };
}

/** UTF-8 length of `text`, counted without building the bytes. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The text of a scenario file. Bytes are decoded by their byte-order mark (UTF-8,
 * UTF-16 either way round; UTF-8 without one); text is taken as it is. Either way a
 * file over MAX_FILE_BYTES is refused before anything else is done with it, a leading
 * byte-order mark is dropped, and CR LF and lone CR line endings become LF, so that
 * every line is counted as an editor counts it.
 */
export function fileText(input: string | Uint8Array | ArrayBuffer): FileText {
  let text: string;
  if (typeof input === 'string') {
    // A UTF-8 file is never shorter in bytes than in UTF-16 code units.
    if (input.length > MAX_FILE_BYTES) return fail(1, 1, fileTooLarge(undefined));
    const bytes = utf8Length(input);
    if (bytes > MAX_FILE_BYTES) return fail(1, 1, fileTooLarge(bytes));
    text = input;
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > MAX_FILE_BYTES) return fail(1, 1, fileTooLarge(bytes.byteLength));
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}
