// Bytes to text: byte-order marks (UTF-8, UTF-16 LE/BE), Windows-1252 text (read as such, with a warning),
// other invalid UTF-8 decoded with replacement and a warning, binary data refused.
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';

// iconv-lite is loaded only for the rare Windows-1252 file.
const loadIconv = () => createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

const SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new InputError('binary data, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    if (looksWindows1252(body)) {
      return { text: loadIconv().decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'win1252'), encoding: 'windows-1252', warnings: ['not UTF-8: read as Windows-1252'] };
    }
    return { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8', warnings: ['invalid UTF-8: undecodable bytes were replaced with U+FFFD'] };
  }
}

/**
 * Text from an old Windows editor has single high bytes ("caf\xe9", "\x93quoted\x94") and no UTF-8
 * sequence at all; a UTF-8 file with a few broken bytes has valid sequences around them.
 */
function looksWindows1252(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const need = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : 0;
    let ok = need > 0 && i + need < bytes.length + 1;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) { valid++; i += need; } else invalid++;
  }
  return invalid > 0 && valid === 0;
}

/** NUL bytes or many control characters in the first block: not an article. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}
