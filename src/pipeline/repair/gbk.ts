/**
 * The GBK code table read in reverse (character → bytes), built from the WHATWG gbk decoder
 * that TextDecoder implements, so encode and decode agree byte for byte.
 */

/**
 * Byte pairs that GB18030-2005 decoders (and so older WHATWG tables) mapped to private-use code
 * points, and GB18030-2022 tables map to standard ones: `[first pair, first code point, count]`.
 * Garbled text made with an older table holds these private-use characters, whatever table the
 * runtime that repairs it has, so they are read back here.
 */
const LEGACY_PRIVATE_USE: ReadonlyArray<readonly [number, number, number]> = [
  [0xa2e3, 0xe76c, 1], [0xa3a0, 0xe5e5, 1], [0xa6d9, 0xe78d, 7], [0xa6ec, 0xe794, 2],
  [0xa6f3, 0xe796, 1], [0xa8bc, 0xe7c7, 1], [0xa8bf, 0xe7c8, 1], [0xa989, 0xe7e7, 13],
  [0xfe50, 0xe815, 1], [0xfe54, 0xe819, 24], [0xfe6d, 0xe832, 9], [0xfe77, 0xe83c, 8],
  [0xfe80, 0xe844, 17], [0xfe92, 0xe856, 15],
];

let reverse: Map<string, number[]> | undefined;

function buildReverse(): Map<string, number[]> {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.of(lead, trail));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  for (const [pair, codePoint, count] of LEGACY_PRIVATE_USE) {
    for (let i = 0; i < count; i++) {
      const char = String.fromCodePoint(codePoint + i);
      if (!table.has(char)) table.set(char, [(pair + i) >> 8, (pair + i) & 0xff]);
    }
  }
  return table;
}

/**
 * Bytes of one character in GBK, or undefined when GBK has no code for it.
 * @example gbkBytes('。') // [0xa1, 0xa3]
 */
export function gbkBytes(char: string): number[] | undefined {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return [code];
  reverse ??= buildReverse();
  return reverse.get(char);
}

/** Decodes GBK bytes, with U+FFFD for what does not decode. */
export function decodeGbk(bytes: number[]): string {
  return new TextDecoder('gbk').decode(Uint8Array.from(bytes));
}
