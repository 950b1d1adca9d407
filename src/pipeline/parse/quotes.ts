/**
 * Cited titles 《…》 and quotations “…” are protected before structure and owners are read:
 * a numbered phrase, a bracket or a full stop inside a cited title belongs to the title.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [['《', '》'], ['“', '”'], ['「', '」']];
const MASK = '\u2420';

/**
 * `text` with the inside of every closed quotation replaced by a placeholder of the same
 * length; offsets into the mask are offsets into the text. An opening mark with no closing
 * mark is left alone.
 * @example maskQuoted('根据《纲要(2021年)》(国发)') // '根据《␠␠␠␠␠␠␠␠␠␠》(国发)'
 */
export function maskQuoted(text: string): string {
  // Code units, so that the mask has the same length as the text.
  const chars = text.split('');
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === open) {
        if (depth === 0) start = i;
        depth++;
      } else if (chars[i] === close && depth > 0) {
        depth--;
        if (depth === 0) {
          for (let k = start + 1; k < i; k++) chars[k] = MASK;
        }
      }
    }
  }
  return chars.join('');
}
