/**
 * One small parser per level of a plan's outline. Each recognises its numbering at the start
 * of a line and says which open nodes it may attach to; a line no parser claims continues the
 * node before it as a paragraph.
 */
import type { NodeKind } from '../model.ts';
import { CHINESE_NUMERAL_CHARS, chineseNumeral } from './chinese-numerals.ts';

/** A numbered heading found at the start of a line. */
export interface HeadingMatch {
  kind: 'section' | 'item' | 'point' | 'box';
  /** The numbering as written, e.g. `三、`, `(一)`, `1.`, `专栏3`. */
  label: string;
  number: number;
  /** Offset where the heading's own text begins, after the label and any space. */
  textStart: number;
}

/** A heading parser: one pattern and the node kinds it may attach to, innermost first. */
export interface HeadingParser {
  kind: HeadingMatch['kind'];
  parents: readonly (NodeKind | 'root')[];
  match(text: string): HeadingMatch | undefined;
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;

function numbered(kind: HeadingMatch['kind'], pattern: RegExp, parents: HeadingParser['parents'],
  read: (digits: string) => number | undefined): HeadingParser {
  return {
    kind,
    parents,
    match(text) {
      const m = pattern.exec(text);
      if (!m) return undefined;
      const number = read(m[2]);
      if (number === undefined || number <= 0) return undefined;
      return { kind, label: m[1], number, textStart: m[0].length };
    },
  };
}

/** `一、总体要求` */
export const sectionParser = numbered('section', new RegExp(`^((${N})、)\\s*`), ['root'], chineseNumeral);
/** `(一)指导思想。` or `（一）…` */
export const itemParser = numbered('item', new RegExp(`^([（(](${N})[)）])\\s*`), ['section', 'root'], chineseNumeral);
/** `1.实施专利导航工程。` — not `2.5萬件`, not `2023年`. */
export const pointParser = numbered('point', /^((\d{1,3})[.．](?!\d))\s*/, ['item', 'section', 'root'], (d) => Number(d));
/** `专栏1中医药产业知识产权提升工程`, or `專欄1…` in a Traditional copy */
export const boxParser = numbered('box', new RegExp(`^((?:专栏|專欄)\\s*(\\d+|${N}))[:：]?\\s*`), ['point', 'item', 'section', 'root'],
  (d) => (/^\d+$/.test(d) ? Number(d) : chineseNumeral(d)));

/** The heading parsers, outermost level first. */
export const headingParsers: readonly HeadingParser[] = [sectionParser, itemParser, pointParser, boxParser];

/** A line that only separates cells of a flattened table or frames a box. */
export function isDelimiter(text: string): boolean {
  return /^[|｜]$/.test(text.trim());
}

/** The first heading parser that claims the line. */
export function matchHeading(text: string): HeadingMatch | undefined {
  for (const parser of headingParsers) {
    const m = parser.match(text);
    if (m) return m;
  }
  return undefined;
}
