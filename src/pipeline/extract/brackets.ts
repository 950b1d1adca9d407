/**
 * Bracketed groups in a line of text, nesting respected: `(A(B)、C)` is one group holding
 * `A(B)、C`. Round brackets of either width close each other (the sources mix them).
 */

const CLOSER: Record<string, string> = { '(': ')', '（': ')', '[': ']', '［': ']', '【': '】', '〈': '〉', '<': '>', '〔': '〕', '〖': '〗' };
const NORMAL: Record<string, string> = { ')': ')', '）': ')', ']': ']', '］': ']', '】': '】', '〉': '〉', '>': '>', '〕': '〕', '〗': '〗' };

/** A bracketed group: `[start, end)` includes both brackets. */
export interface BracketGroup {
  start: number;
  end: number;
  /** The text inside the brackets. */
  inner: string;
  open: string;
}

/** An opening bracket never closed, or a closing one never opened. */
export interface UnbalancedBracket {
  at: number;
  char: string;
}

/**
 * Top-level bracket groups of `text`, and any bracket left unbalanced.
 * @example bracketGroups('甲(乙(丙))丁').groups // [{ start: 1, end: 6, inner: '乙(丙)', open: '(' }]
 */
export function bracketGroups(text: string): { groups: BracketGroup[]; unbalanced: UnbalancedBracket[] } {
  const groups: BracketGroup[] = [];
  const unbalanced: UnbalancedBracket[] = [];
  const stack: { at: number; want: string; open: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char in CLOSER) {
      stack.push({ at: i, want: CLOSER[char], open: char });
    } else if (char in NORMAL) {
      const closing = NORMAL[char];
      const match = stack.findLastIndex((s) => s.want === closing);
      if (match < 0) {
        unbalanced.push({ at: i, char });
        continue;
      }
      for (const lost of stack.splice(match + 1)) unbalanced.push({ at: lost.at, char: lost.open });
      const opened = stack.pop()!;
      if (stack.length === 0) groups.push({ start: opened.at, end: i + 1, inner: text.slice(opened.at + 1, i), open: opened.open });
    }
  }
  for (const lost of stack) unbalanced.push({ at: lost.at, char: lost.open });
  unbalanced.sort((a, b) => a.at - b.at);
  return { groups, unbalanced };
}

/**
 * Splits `text` at any of `separators` outside brackets.
 * @example splitOutside('甲、乙(丙、丁)', '、') // ['甲', '乙(丙、丁)']
 */
export function splitOutside(text: string, separators: string): { part: string; start: number; separator: string }[] {
  const parts: { part: string; start: number; separator: string }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char in CLOSER) depth++;
    else if (char in NORMAL && depth > 0) depth--;
    else if (depth === 0 && separators.includes(char)) {
      parts.push({ part: text.slice(start, i), start, separator: char });
      start = i + 1;
    }
  }
  parts.push({ part: text.slice(start), start, separator: '' });
  return parts;
}
