/**
 * Text saved from a web page keeps some of the page's markup: character entities (`&nbsp;`,
 * `&amp;`, `&#8220;`) and line-break tags (`<br>`, `<p>`, `</p>`). Entities become the characters
 * they stand for and break tags become line breaks; inline tags that only style text (`<span>`,
 * `<strong>`) are removed. Anything else that looks like markup (`<script>`, `&bogus;`) is the
 * document's text and is kept, and shown, as written.
 */
import { code, type LineRepair, type RepairEdit } from './rule.ts';

const NAMED: Record<string, string> = {
  nbsp: ' ', ensp: ' ', emsp: '　', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', middot: '·', hellip: '…', times: '×', divide: '÷', le: '≤', ge: '≥',
  plusmn: '±', deg: '°', permil: '‰', yen: '¥', bull: '•',
};
const ENTITY = /&(?:([a-z]+)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;
const BREAK_TAG = /<\s*(?:br|p|div|\/p|\/div)(?:\s[^<>]*)?\s*\/?\s*>/gi;
const STYLE_TAG = /<\s*\/?\s*(?:span|strong|b|em|i|u|font)(?:\s[^<>]*)?>/gi;

/** The character an entity stands for, or undefined for one we do not know or that is not text. */
function entityChar(name: string | undefined, decimal: string | undefined, hex: string | undefined): string | undefined {
  if (name) return NAMED[name.toLowerCase()];
  const point = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
  if (point < 0x20 || (point >= 0x7f && point < 0xa0) || (point >= 0xd800 && point <= 0xdfff) || point > 0x10ffff) return undefined;
  return String.fromCodePoint(point);
}

export const htmlMarkup: LineRepair = {
  kind: 'html-markup',
  label: '网页标记',
  description: ['从网页复制的文字中残留的字符实体与换行标记还原为其所代表的字符或换行（', code('&nbsp;'), ' → 空格，',
    code('&amp;'), ' → ', code('&'), '，', code('<br>'), ' → 换行）；只起修饰作用的标记（', code('<span>'), '）删除。其他形似标记的文字照原文保留。'],
  edits(text): RepairEdit[] {
    const edits: RepairEdit[] = [];
    for (const m of text.matchAll(ENTITY)) {
      const char = entityChar(m[1], m[2], m[3]);
      if (char !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, text: char });
    }
    for (const m of text.matchAll(BREAK_TAG)) edits.push({ start: m.index, end: m.index + m[0].length, text: '\n' });
    for (const m of text.matchAll(STYLE_TAG)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
    return edits.sort((a, b) => a.start - b.start);
  },
};
