/**
 * What people type, made comparable with what the index holds: full-width letters, digits,
 * brackets and punctuation folded to their ASCII forms (NFKC), quotes dropped, spaces trimmed and
 * collapsed, and Traditional characters turned Simplified with the build's table (opencc-js,
 * Traditional → Simplified only). Runs in the browser and in tests; no DOM.
 */

/** Traditional → Simplified, one character for one, as the index's Simplified copy was made. */
export type SimplifiedTable = ReadonlyMap<string, string>;

/**
 * The table from its embedded form: pairs of characters, Traditional then Simplified.
 * @example readTable('發发專专').get('專') // '专'
 */
export function readTable(pairs: string): SimplifiedTable {
  const chars = [...pairs];
  if (chars.length % 2 !== 0) throw new Error(`the Simplified table has an odd number of characters (${chars.length}); the search page embeds pairs of Traditional and Simplified characters.`);
  const table = new Map<string, string>();
  for (let i = 0; i < chars.length; i += 2) table.set(chars[i], chars[i + 1]);
  return table;
}

/** Digits of the character-set code: the first 32 end a number, the last 32 say more digits follow. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';

/**
 * A set of characters as a short ASCII string: code points ascending, each as its distance from
 * the last, written five bits to a digit, low bits first. The page embeds the table's Traditional
 * characters so (about 0.5 KB compressed for 470 characters, against 2 KB for the table itself),
 * and fetches the table only when a query or a result holds one of them.
 * @example encodeCharSet(['專', '發']) // code points 0x5c08 and 0x767c as two distances
 */
export function encodeCharSet(chars: Iterable<string>): string {
  const codes = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  let out = '';
  let last = 0;
  for (const code of codes) {
    let delta = code - last;
    last = code;
    while (delta >= 32) {
      out += DIGITS[32 + (delta & 31)];
      delta >>>= 5;
    }
    out += DIGITS[delta];
  }
  return out;
}

/**
 * The characters encodeCharSet wrote.
 * @example decodeCharSet(encodeCharSet(['專', '發'])) // Set {'專', '發'}
 */
export function decodeCharSet(encoded: string): Set<string> {
  const chars = new Set<string>();
  let last = 0;
  let delta = 0;
  let shift = 0;
  for (const digit of encoded) {
    const value = DIGITS.indexOf(digit);
    if (value < 0) throw new Error(`the character set has "${digit}", which is not one of its 64 digits; the search page embeds it as encodeCharSet writes it.`);
    delta += (value & 31) * 2 ** shift;
    if (value >= 32) {
      shift += 5;
      continue;
    }
    last += delta;
    chars.add(String.fromCodePoint(last));
    delta = 0;
    shift = 0;
  }
  if (shift !== 0) throw new Error('the character set ends in the middle of a number; the search page embeds it as encodeCharSet writes it.');
  return chars;
}

/**
 * Whether the text, NFKC-folded as queries and results are compared, holds any of the characters.
 * @example holdsAny('質押融資', new Set(['質'])) // true
 */
export function holdsAny(text: string, chars: ReadonlySet<string>): boolean {
  if (chars.size === 0) return false;
  for (const char of text.normalize('NFKC')) if (chars.has(char)) return true;
  return false;
}

/**
 * Character-for-character Simplified form; the result has the same length as the input.
 * @example toSimplified('質押融資', table) // '质押融资'
 */
export function toSimplified(text: string, table: SimplifiedTable): string {
  let out = '';
  for (const char of text) out += table.get(char) ?? char;
  return out;
}

/** Quote marks: a quoted phrase is searched as its words, and the ranking prefers literal matches anyway. */
const QUOTES = /["'“”‘’「」『』]/g;

/**
 * The query as it is searched.
 * @example normaliseQuery('  市市場監管局（知識產權局） ', table) // '市市场监管局(知识产权局)'
 */
export function normaliseQuery(raw: string, table: SimplifiedTable): string {
  const folded = raw.normalize('NFKC').replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
  return toSimplified(folded, table);
}

/** Spaces, punctuation and symbols: ignored when matching literally, so `(`, `（`, `〈` and nothing all match. */
const IGNORED = /[\p{P}\p{S}\p{Z}\s]/u;

export interface CompactText {
  /** Simplified, NFKC-folded text without spaces, punctuation or symbols. */
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the source string of the character it comes from. */
  offsets: number[];
}

/** Each character's compact form (`''` when ignored), per table: a result's text repeats few characters. */
const folds = new WeakMap<SimplifiedTable, Map<string, string>>();

function foldOf(char: string, table: SimplifiedTable): string {
  let cache = folds.get(table);
  if (!cache) folds.set(table, (cache = new Map()));
  let folded = cache.get(char);
  if (folded === undefined) {
    folded = '';
    for (const part of toSimplified(char.normalize('NFKC'), table)) if (!IGNORED.test(part)) folded += part.toLowerCase();
    cache.set(char, folded);
  }
  return folded;
}

/**
 * Text for literal matching, with the way back to the source's offsets.
 * @example compact('市科技局〈市知識產權局〉', table).text // '市科技局市知识产权局'
 */
export function compact(source: string, table: SimplifiedTable): CompactText {
  let text = '';
  const offsets: number[] = [];
  let offset = 0;
  for (const char of source) {
    const folded = foldOf(char, table);
    text += folded;
    // One offset per UTF-16 unit of `text`, which is what indexOf counts in.
    for (let unit = 0; unit < folded.length; unit++) offsets.push(offset);
    offset += char.length;
  }
  return { text, offsets };
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a normalised query, as the browser segments it for Pagefind.
 * @example queryWords('专利导航 武汉') // ['专利', '导航', '武汉']
 */
export function queryWords(query: string): string[] {
  return [...new Set([...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase()))];
}
