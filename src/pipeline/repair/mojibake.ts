/**
 * Mojibake: GBK bytes read one byte out of step. The first byte was lost (it shows as `?`) and
 * every following pair straddles two characters, which is why private-use code points such as
 * U+E480 appear. Mapping each character back to its GBK bytes, restoring the lost lead byte and
 * decoding again gives the true text.
 */
import type { LineRepair, RepairEdit } from './rule.ts';
import { decodeGbk, gbkBytes } from './gbk.ts';

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const UNDECODABLE = /[\uE000-\uF8FF\uFFFD]/;
/** Lead bytes to try for the lost byte: the ideographic space first, as it opens indented lines. */
const LEADS = [0xa1, ...Array.from({ length: 0xfe - 0x81 + 1 }, (_, i) => 0x81 + i).filter((b) => b !== 0xa1)];
/** How far before the first private-use character the lost byte may show. */
const WINDOW = 8;

export const mojibake: LineRepair = {
  kind: 'mojibake',
  description: 'GBK text read one byte out of step is decoded again with its lost lead byte restored.',
  edits(text, context): RepairEdit[] {
    const firstPua = text.search(PRIVATE_USE);
    if (firstPua < 0) return [];
    const lost = text.lastIndexOf('?', firstPua);
    if (lost < 0 || firstPua - lost > WINDOW) {
      context.warn('mojibake-unrepaired', firstPua,
        'holds private-use characters (garbled text) but no lost byte `?` before them, so it cannot be decoded again.',
        'The garbled text is shown as received; correct the seed from the published original.');
      return [];
    }
    const bytes: number[] = [];
    let end = lost + 1;
    for (const char of text.slice(lost + 1)) {
      const b = gbkBytes(char);
      if (!b) break;
      bytes.push(...b);
      end += char.length;
    }
    for (const lead of LEADS) {
      const decoded = decodeGbk([lead, ...bytes]);
      if (UNDECODABLE.test(decoded)) continue;
      const before = text.slice(lost, end);
      let same = 0;
      while (same < before.length && same < decoded.length && before.at(-1 - same) === decoded.at(-1 - same)) same++;
      return [{
        start: lost,
        end: end - same,
        text: decoded.slice(0, decoded.length - same),
        note: `Re-decoded as GBK with the lost lead byte 0x${lead.toString(16).toUpperCase()} restored.`,
      }];
    }
    context.warn('mojibake-unrepaired', firstPua, 'holds garbled text that no lead byte decodes.',
      'The garbled text is shown as received; correct the seed from the published original.');
    return [];
  },
};
