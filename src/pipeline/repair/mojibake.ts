/**
 * Mojibake: GBK bytes read one byte out of step. The first byte was lost (it shows as `?`) and
 * every following pair straddles two characters, which is why private-use code points such as
 * U+E480 appear. Mapping each character back to its GBK bytes, restoring the lost lead byte and
 * decoding again gives the true text.
 */
import { code, type LineRepair, type RepairEdit } from './rule.ts';
import { decodeGbk, gbkBytes } from './gbk.ts';

const PRIVATE_USE = /[\uE000-\uF8FF]/;
const UNDECODABLE = /[\uE000-\uF8FF\uFFFD]/;
/** Lead bytes to try for the lost byte: the ideographic space first, as it opens indented lines. */
const LEADS = [0xa1, ...Array.from({ length: 0xfe - 0x81 + 1 }, (_, i) => 0x81 + i).filter((b) => b !== 0xa1)];
/** How far before the first private-use character the lost byte may show. */
const WINDOW = 8;

export const mojibake: LineRepair = {
  kind: 'mojibake',
  label: '乱码重解码',
  description: ['GBK 编码的文字被错开一个字节读取而成乱码（丢失的首字节显示为 ', code('?'), '，其后夹着私用区字符）；程序把乱码还原为 GBK 字节，补回丢失的首字节后重新解码，得到原文。'],
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
        note: `补回丢失的首字节 0x${lead.toString(16).toUpperCase()}，按 GBK 重新解码。`,
      }];
    }
    context.warn('mojibake-unrepaired', firstPua, 'holds garbled text that no lead byte decodes.',
      'The garbled text is shown as received; correct the seed from the published original.');
    return [];
  },
};
