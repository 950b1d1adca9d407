/**
 * White space a reader never sees: no-break spaces (after `、`, on otherwise empty lines).
 * Ordinary spaces between words (`浙江省發展改革委 浙江省市場監管局`) are the document's own.
 */
import type { LineRepair, RepairEdit } from './rule.ts';

const INVISIBLE = /[\u00a0\u200b\u2060\ufeff]+/g;

export const whitespace: LineRepair = {
  kind: 'whitespace',
  label: '不可见空白',
  description: ['删除读者看不见的不换行空格与零宽空格（如顿号后、空行里的不换行空格）；文件自身的普通空格保留。'],
  edits(text): RepairEdit[] {
    return [...text.matchAll(INVISIBLE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
  },
};
