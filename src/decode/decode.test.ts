import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';

const bytes = (...xs: (number | string)[]) => new Uint8Array(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'utf8')] : [x])));

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', bytes('Talks in Genève'), 'Talks in Genève', 'utf-8', []],
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, 'Kyiv'), 'Kyiv', 'utf-8', []],
    ['UTF-16 LE with a byte-order mark', new Uint8Array([0xff, 0xfe, ...Buffer.from('Doha', 'utf16le')]), 'Doha', 'utf-16le', []],
    ['UTF-16 BE with a byte-order mark', new Uint8Array([0xfe, 0xff, ...Buffer.from('Doha', 'utf16le').swap16()]), 'Doha', 'utf-16be', []],
    ['Windows-1252', bytes(0x93, 'Talks in Gen', 0xe8, 've', 0x94), '“Talks in Genève”', 'windows-1252', ['not UTF-8: read as Windows-1252']],
    ['UTF-8 with a broken byte', bytes('Genève ', 0xff, ' talks'), 'Genève \ufffd talks', 'utf-8', ['invalid UTF-8: undecodable bytes were replaced with U+FFFD']],
  ])('%s', (_, input, text, encoding, warnings) => {
    expect(decodeBytes(input)).toEqual({ text, encoding, warnings });
  });

  it('refuses binary data', () => {
    expect(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow('binary data, not text');
  });
});
