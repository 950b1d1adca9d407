/**
 * Pinyin that a converter added after characters (`區(qū)` → `區`). Only a bracketed run of
 * lower-case letters with a tone mark, right after a Han character, is pinyin: `縣(市)`,
 * `(AIPPI)` and `(商會)` are the document's own brackets and stay.
 */
import { code, type LineRepair, type RepairEdit } from './rule.ts';

const PINYIN = /(?<=[\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

export const pinyin: LineRepair = {
  kind: 'pinyin',
  label: '删除拼音',
  description: ['删除转换工具加在汉字后的带声调拼音（', code('區(qū)'), ' → ', code('區'), '）；文件自身的括号，如 ', code('縣(市)'), '、', code('(AIPPI)'), '，照原样保留。'],
  edits(text): RepairEdit[] {
    return [...text.matchAll(PINYIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
  },
};
