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
