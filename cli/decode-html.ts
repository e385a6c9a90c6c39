/**
 * Bytes of a page (a file, stdin, an HTTP body) to text: refuses what is not text, then decodes with the charset
 * the page declares, roughly as browsers do (BOM, then the Content-Type header, then a <meta> charset in the first
 * KB, then UTF-8, then windows-1252).
 */
import { InputError } from './input-error';

/** How far into the page a <meta charset> is looked for (the HTML spec's prescan window). */
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w-]+)/i;

export function decodeHtml(bytes: Uint8Array, what: string, contentType?: string | null): string {
  if (bytes.length === 0) throw new InputError(`${what} is empty`);
  const bom = bomCharset(bytes);
  const charset = bom ?? charsetFrom(contentType, HEADER_CHARSET) ?? charsetFrom(latin1Prefix(bytes), META_CHARSET);
  // UTF-16 text is full of NUL bytes; any other text has none.
  if (!charset?.startsWith('utf-16') && bytes.indexOf(0) >= 0) {
    throw new InputError(`${what} is not text (it contains NUL bytes): not an HTML page`);
  }
  const text = decodeAs(bytes, charset);
  if (!text.trim()) throw new InputError(`${what} is empty (only white space)`);
  if (looksBinary(text)) throw new InputError(`${what} is not text (mostly control characters): not an HTML page`);
  return text;
}

function bomCharset(b: Uint8Array): string | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

function latin1Prefix(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
}

function charsetFrom(source: string | null | undefined, pattern: RegExp): string | null {
  const name = source ? pattern.exec(source)?.[1]?.toLowerCase() : undefined;
  if (!name) return null;
  try {
    // TextDecoder knows the WHATWG labels and their aliases; an unknown label is ignored, as browsers do.
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

function decodeAs(bytes: Uint8Array, charset: string | null): string {
  if (charset === 'windows-1252') return decodeWindows1252(bytes);
  if (charset && charset !== 'utf-8') return new TextDecoder(charset).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8 and nothing declared: the web's historical default.
    return decodeWindows1252(bytes);
  }
}

/** windows-1252's characters for bytes 0x80 to 0x9F (the rest is Latin-1); 0 where it has none. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];
const C1_CONTROLS = /[\x80-\x9f]/g;

/**
 * Node's TextDecoder decodes windows-1252 (the label of iso-8859-1 too) as plain Latin-1, so curly quotes and
 * dashes would come out as C1 control characters: map those bytes as browsers do.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(C1_CONTROLS, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

/** More than 10% C0 control characters (other than tab, newline, carriage return, form feed) in the first 64 K. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
  }
  return controls * 10 > sample.length;
}
