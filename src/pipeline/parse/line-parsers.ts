/**
 * One small parser per numbering style of Chinese government plans. Each recognises its
 * numbering at the start of a line; the outline builder decides how deep a style sits from the
 * order the plan uses its styles in (`rank` breaks ties, outermost first), so a plan may skip a
 * level or start at `（一）`. A line no parser claims continues the node before it.
 *
 * | style          | written          | rank |
 * |----------------|------------------|------|
 * | chapter        | 第一章 第二节     | 0, 1 |
 * | article        | 第一条            | 2    |
 * | han            | 一、              | 3    |
 * | han-paren      | （一） (一)       | 4    |
 * | arabic         | 1. 1． 1、        | 5    |
 * | arabic-paren   | （1） (1)         | 6    |
 * | arabic-half    | 1) 1）            | 7    |
 * | circled        | ① ②              | 8    |
 */
import { CHINESE_NUMERAL_CHARS, chineseNumeral } from './chinese-numerals.ts';

export type NumberingStyle =
  | 'chapter' | 'part' | 'article' | 'han' | 'han-paren' | 'arabic' | 'arabic-paren' | 'arabic-half' | 'circled';

/** A numbered heading found at the start of a line. */
export interface HeadingMatch {
  kind: 'heading' | 'box';
  style: NumberingStyle | 'box';
  /** Conventional depth of the style, outermost 0. */
  rank: number;
  /** The numbering as written, e.g. `三、`, `(一)`, `1.`, `专栏3`. */
  label: string;
  number: number;
  /** Offset where the heading's own text begins, after the label and any space. */
  textStart: number;
}

/** A numbering parser: one pattern and how to read its number. */
export interface HeadingParser {
  style: HeadingMatch['style'];
  rank: number;
  match(text: string): HeadingMatch | undefined;
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const arabic = (d: string) => (/^\d+$/.test(d) ? Number(d) : undefined);
const arabicOrHan = (d: string) => (/^\d+$/.test(d) ? Number(d) : chineseNumeral(d));

function numbered(style: HeadingMatch['style'], rank: number, pattern: RegExp, read: (digits: string) => number | undefined): HeadingParser {
  return {
    style,
    rank,
    match(text) {
      const m = pattern.exec(text);
      if (!m) return undefined;
      const number = read(m[2]);
      if (number === undefined || number <= 0) return undefined;
      return { kind: style === 'box' ? 'box' : 'heading', style, rank, label: m[1], number, textStart: m[0].length };
    },
  };
}

/** `第一章 总则` */
export const chapterParser = numbered('chapter', 0, new RegExp(`^(第(${N}|\\d+)章)[\\s\\u3000]*`), arabicOrHan);
/** `第一节 …` */
export const partParser = numbered('part', 1, new RegExp(`^(第(${N}|\\d+)节)[\\s\\u3000]*`), arabicOrHan);
/** `第三条 支持企业…`: an article, numbered through the whole plan. */
export const articleParser = numbered('article', 2, new RegExp(`^(第(${N}|\\d+)条)[\\s\\u3000]*`), arabicOrHan);
/** `一、总体要求`; also `一．` as some copies write it. */
export const sectionParser = numbered('han', 3, new RegExp(`^((${N})[、．])\\s*`), chineseNumeral);
/** `(一)指导思想。` or `（一）…` */
export const itemParser = numbered('han-paren', 4, new RegExp(`^([（(](${N})[)）])\\s*`), chineseNumeral);
/** `1.实施专利导航工程。`, `1．`, `1、` — not `2.5萬件`, not `2023年`, not `1.1.1`. */
export const pointParser = numbered('arabic', 5, /^((\d{1,3})(?:[.．](?![\d.．])|、))\s*/, arabic);
/** `（1）`, `(2)` */
export const subItemParser = numbered('arabic-paren', 6, /^([（(](\d{1,3})[)）])\s*/, arabic);
/** `1)`, `2）` */
export const halfParenParser = numbered('arabic-half', 7, /^((\d{1,3})[)）])\s*/, arabic);
/** `①` … `⑳` */
export const circledParser = numbered('circled', 8, new RegExp(`^(([${CIRCLED}]))\\s*`), (d) => CIRCLED.indexOf(d) + 1);
/** `专栏1中医药产业知识产权提升工程`, or `專欄1…` in a Traditional copy */
export const boxParser = numbered('box', 9, new RegExp(`^((?:专栏|專欄)\\s*(\\d+|${N}))[:：]?\\s*`), arabicOrHan);

/** The numbering parsers, outermost style first. */
export const headingParsers: readonly HeadingParser[] = [
  chapterParser, partParser, articleParser, sectionParser, itemParser, pointParser, subItemParser, halfParenParser, circledParser, boxParser,
];

/**
 * Styles that number the parts of a task rather than tasks: `（1）`, `1)`, `①`. A plan that uses
 * one of them above `1.` is unusual, and the builder still follows the order the plan uses.
 */
export const SUB_ITEM_STYLES: ReadonlySet<HeadingMatch['style']> = new Set(['arabic-paren', 'arabic-half', 'circled']);

/** A line that only separates cells of a flattened table or frames a box. */
export function isDelimiter(text: string): boolean {
  return /^[|｜]$/.test(text.trim());
}

/** The first numbering parser that claims the line. */
export function matchHeading(text: string): HeadingMatch | undefined {
  for (const parser of headingParsers) {
    const m = parser.match(text);
    if (m) return m;
  }
  return undefined;
}
