import { describe, expect, it } from 'vitest';
import { chineseAmount, chineseNumeral } from '../../src/pipeline/parse/chinese-numerals.ts';

describe('chineseNumeral', () => {
  it.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十一', 21], ['二十四', 24],
    ['九十九', 99], ['一百', 100], ['一百零五', 105], ['一百一十', 110], ['两千', 2000], ['三千零二十', 3020],
  ])('reads %s as %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });

  it.each(['', '一一', '十十', '二十三四', '百百', 'A', '一、'])('rejects %j', (text) => {
    expect(chineseNumeral(text)).toBeUndefined();
  });
});

describe('chineseAmount', () => {
  it.each([
    ['八十', 80], ['两万三千', 23000], ['一千二百', 1200], ['零点五', 0.5], ['三点二', 3.2], ['一亿五千万', 150000000],
    ['十万', 100000], ['两', 2], ['一百零五', 105], ['三万零五十', 30050],
  ])('reads %s as %d', (text, value) => {
    expect(chineseAmount(text)).toBe(value);
  });

  it.each(['', '点五', '一点二点三', '万', '十十'])('rejects %j', (text) => {
    expect(chineseAmount(text)).toBeUndefined();
  });
});
