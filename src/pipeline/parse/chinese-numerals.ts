/**
 * Chinese numerals as documents number their parts: 一 … 九, 十, 二十四, 一百零五, 两千.
 */
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral may be written with, for use inside a RegExp class. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千';

/**
 * The value of a Chinese numeral below ten thousand, or undefined when it is not one.
 * @example chineseNumeral('二十四') // 24
 */
export function chineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = DIGITS[char];
    } else if (char in UNITS) {
      const unit = UNITS[char];
      if (unit >= lastUnit) return undefined;
      // 十 alone at the start means 一十.
      total += (digit ?? (total === 0 ? 1 : undefined) ?? NaN) * unit;
      if (Number.isNaN(total)) return undefined;
      lastUnit = unit;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}

/** Characters a Chinese amount may be written with: digits, 十百千万亿 and 点 for a decimal point. */
export const CHINESE_AMOUNT_CHARS = '〇零一二两三四五六七八九十百千万亿点';

/**
 * The value of an amount written in Chinese numerals, as targets write them: `两万三千` → 23000,
 * `一千二百` → 1200, `零点五` → 0.5, `三点二` → 3.2, `一亿五千万` → 150000000. A unit left out after
 * the last figure (`两万三` for 两万三千) is not guessed: undefined.
 * @example chineseAmount('两万三千') // 23000
 */
export function chineseAmount(text: string): number | undefined {
  if (text === '') return undefined;
  const [whole, fraction] = text.split('点');
  if (text.split('点').length > 2) return undefined;
  let total = 0;
  let rest = whole;
  for (const [mark, scale] of [['亿', 1e8], ['万', 1e4]] as const) {
    const at = rest.indexOf(mark);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const part = head === '' ? undefined : chineseNumeral(head.replace(/^零/, ''));
    if (part === undefined) return undefined;
    total += part * scale;
    rest = rest.slice(at + 1).replace(/^零/, '');
  }
  if (rest !== '') {
    const part = chineseNumeral(rest);
    if (part === undefined) return undefined;
    total += part;
  } else if (whole === '') {
    return undefined;
  }
  if (fraction === undefined) return total;
  let digits = '';
  for (const char of fraction) {
    const d = chineseNumeral(char);
    if (d === undefined || char in { 十: 1, 百: 1, 千: 1 }) {
      if (char !== '零' && char !== '〇') return undefined;
    }
    digits += char === '零' || char === '〇' ? '0' : String(d);
  }
  return digits ? Number(`${total}.${digits}`) : undefined;
}
