/**
 * A decimal point turned into a full stop by a converter (`2。5萬件` → `2.5萬件`): a `。`
 * between digits that go on into a unit of count or money is a decimal point.
 */
import type { LineRepair, RepairEdit } from './rule.ts';

const DECIMAL = /(?<=\d)。(?=\d+\s*[萬万億亿千百]?[件個个家元項项名次分倍%％])/g;

export const decimalPoint: LineRepair = {
  kind: 'decimal-point',
  description: 'A full stop between the digits of a number (`2。5萬件`) is restored to a decimal point.',
  edits(text): RepairEdit[] {
    return [...text.matchAll(DECIMAL)].map((m) => ({ start: m.index, end: m.index + 1, text: '.' }));
  },
};
