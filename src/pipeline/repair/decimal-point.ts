/**
 * A decimal point turned into a full stop by a converter (`2。5萬件` → `2.5萬件`): a `。`
 * between digits that go on into a unit of count or money is a decimal point.
 */
import { code, type LineRepair, type RepairEdit } from './rule.ts';

const DECIMAL = /(?<=\d)。(?=\d+\s*[萬万億亿千百]?[件個个家元項项名次分倍%％])/g;

export const decimalPoint: LineRepair = {
  kind: 'decimal-point',
  label: '小数点',
  description: ['数字之间被转换工具改成句号的小数点，还原为小数点（', code('2。5萬件'), ' → ', code('2.5萬件'), '）；句末的句号不变。'],
  edits(text): RepairEdit[] {
    return [...text.matchAll(DECIMAL)].map((m) => ({ start: m.index, end: m.index + 1, text: '.' }));
  },
};
