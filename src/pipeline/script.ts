/**
 * Simplified forms of Traditional text (opencc-js). Text stays in its source script; these
 * forms exist so that a Traditional and a Simplified mention of one unit resolve to one
 * department, and so that one set of patterns reads both scripts.
 */
import * as OpenCC from 'opencc-js/t2cn';

const standard = OpenCC.Converter({ from: 't', to: 'cn' });
/**
 * Hong Kong and Taiwan forms that the standard Traditional table leaves as they are (`衞生`): each
 * folds to its Simplified form as the others do. Converting a whole text from `hk` would also
 * turn Simplified `显著` into `显着`, so only these characters are taken from it.
 */
const REGIONAL: Readonly<Record<string, string>> = { 衞: '卫', 敍: '叙', 粧: '妆', 衹: '只' };
const regional = /[衞敍粧衹]/g;
const phrase = (text: string) => standard(text).replace(regional, (c) => REGIONAL[c]);
const byChar = new Map<string, string>();

/**
 * Phrase-level Traditional → Simplified conversion, for display and for names.
 * @example simplify('市市場監管局') // '市市场监管局'
 */
export function simplify(text: string): string {
  return phrase(text);
}

/**
 * A character-for-character Simplified shadow of `text`, the same length, so that a pattern
 * matched on the shadow gives offsets into the original.
 * @example shadow('負責牽頭') // '负责牵头'
 */
export function shadow(text: string): string {
  let out = '';
  for (const char of text) {
    let s = byChar.get(char);
    if (s === undefined) {
      s = phrase(char);
      if (s.length !== char.length) s = char;
      byChar.set(char, s);
    }
    out += s;
  }
  return out;
}

/**
 * The script of a short text that belongs to no one document: a unit's alias, a snippet quoted
 * on the repairs page. Traditional when its Simplified form differs; text shared by both scripts
 * (`示范`, `(AIPPI)`) is Simplified. A plan's own text takes its document's `script` instead,
 * which the catalog states.
 * @example scriptOf('市市場監管局') // 'zh-Hant'
 */
export function scriptOf(text: string): 'zh-Hans' | 'zh-Hant' {
  return simplify(text) === text ? 'zh-Hans' : 'zh-Hant';
}
