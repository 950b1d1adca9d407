/**
 * Pinyin that a converter added after characters (`區(qū)` → `區`). Only a bracketed run of
 * lower-case letters with a tone mark, right after a Han character, is pinyin: `縣(市)`,
 * `(AIPPI)` and `(商會)` are the document's own brackets and stay.
 */
import type { LineRepair, RepairEdit } from './rule.ts';

const PINYIN = /(?<=[\u3400-\u9fff])[(（]([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)[)）]/g;

export const pinyin: LineRepair = {
  kind: 'pinyin',
  description: 'Pinyin a converter added after characters is removed; the document’s own brackets are kept.',
  edits(text): RepairEdit[] {
    return [...text.matchAll(PINYIN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
  },
};
