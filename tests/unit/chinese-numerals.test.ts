import { describe, expect, it } from 'vitest';
import { chineseNumeral } from '../../src/pipeline/parse/chinese-numerals.ts';

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
