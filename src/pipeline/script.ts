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

/** Shadows of the Basic Multilingual Plane, by code unit: 0 while not yet looked up. */
const bmpShadow = new Uint16Array(0x10000);

function shadowOfUnit(code: number): number {
  let shadowed = bmpShadow[code];
  if (shadowed === 0) {
    const char = String.fromCharCode(code);
    const simplified = phrase(char);
    shadowed = simplified.length === 1 ? simplified.charCodeAt(0) : code;
    bmpShadow[code] = shadowed;
  }
  return shadowed;
}

/** The shadow of a character outside the BMP (a surrogate pair): itself unless it converts to one of the same length. */
function shadowOfPair(pair: string): string {
  let shadowed = byChar.get(pair);
  if (shadowed === undefined) {
    shadowed = phrase(pair);
    if (shadowed.length !== pair.length) shadowed = pair;
    byChar.set(pair, shadowed);
  }
  return shadowed;
}

/**
 * A character-for-character Simplified shadow of `text`, the same length, so that a pattern
 * matched on the shadow gives offsets into the original. Linear in the text, and a text with
 * nothing to convert is returned as it is.
 * @example shadow('負責牽頭') // '负责牵头'
 */
export function shadow(text: string): string {
  let parts: string[] | undefined;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        const pair = text.slice(i, i + 2);
        const shadowed = shadowOfPair(pair);
        if (shadowed !== pair) replacement = shadowed;
      }
    } else if (code < 0xd800 || code > 0xdfff) {
      const shadowed = shadowOfUnit(code);
      if (shadowed !== code) replacement = String.fromCharCode(shadowed);
    }
    if (replacement !== undefined) {
      (parts ??= []).push(text.slice(kept, i), replacement);
      kept = i + width;
    }
    i += width - 1;
  }
  if (!parts) return text;
  parts.push(text.slice(kept));
  return parts.join('');
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
