/**
 * White space a reader never sees: no-break spaces (after `、`, on otherwise empty lines).
 * Ordinary spaces between words (`浙江省發展改革委 浙江省市場監管局`) are the document's own.
 */
import type { LineRepair, RepairEdit } from './rule.ts';

const INVISIBLE = /[\u00a0\u200b\u2060\ufeff]+/g;

export const whitespace: LineRepair = {
  kind: 'whitespace',
  description: 'No-break and zero-width spaces are removed; the document’s own spaces are kept.',
  edits(text): RepairEdit[] {
    return [...text.matchAll(INVISIBLE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
  },
};
