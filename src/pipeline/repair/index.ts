/**
 * Stage 2, repair: the named corrections, in order. Each records what it changed (document,
 * line, column in the file received, before, after); nothing is changed silently.
 */
import type { Repair } from '../model.ts';
import { encodingRepair, type SourceLine, type SourceText } from '../read.ts';
import { EditedLine } from './line-edits.ts';
import type { LineRepair, RepairKind } from './rule.ts';
import { splitWebChrome, webChromeRepair, type Provenance } from './web-chrome.ts';
import { mojibake } from './mojibake.ts';
import { pinyin } from './pinyin.ts';
import { decimalPoint } from './decimal-point.ts';
import { whitespace } from './whitespace.ts';
import { htmlMarkup } from './html-markup.ts';

/** The line repairs in the order they run: a web page's markup first, then decoding, as pinyin sits inside garbled runs. */
export const lineRepairs: readonly LineRepair[] = [htmlMarkup, mojibake, pinyin, decimalPoint, whitespace];

/** Every kind of correction, in the order the build makes them: reading, chrome, then line repairs. */
export const repairKinds: readonly RepairKind[] = [encodingRepair, webChromeRepair, ...lineRepairs];

/** A source after repair: its body lines, the chrome set aside, and the record of changes. */
export interface RepairedText extends Omit<SourceText, 'lines'> {
  lines: EditedLine[];
  chrome: SourceLine[];
  provenance: Provenance;
}

/**
 * Applies web-chrome removal and every line repair.
 * @example repair(read(seed)).lines[8].text // '　（此件公開發布)'
 */
export function repair(source: SourceText): RepairedText {
  const { chrome, body, provenance, what } = splitWebChrome(source.lines, source.entry, source.log);
  const repairs: Repair[] = [...source.repairs];
  for (const line of chrome.filter((l) => l.text.trim() !== "")) {
    repairs.push({
      doc: source.doc, line: line.number, column: 1, kind: 'web-chrome', before: line.text, after: '',
      note: what(line.number),
    });
  }
  const lines = body.map((l) => new EditedLine(l.number, l.text));
  // Where each repair's result lies in the line once every repair is made.
  const placed: { line: EditedLine; step: number; start: number; length: number; repair: number }[] = [];
  for (const rule of lineRepairs) {
    for (const line of lines) {
      const edits = rule.edits(line.text, {
        warn: (ruleId, offset, reason, fix) =>
          source.log.warn(ruleId, line.number, line.toSourceOffset(offset) + 1, reason, fix),
      });
      const step = line.stepCount + 1;
      let delta = 0;
      for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
        placed.push({ line, step, start: edit.start + delta, length: edit.text.length, repair: repairs.length });
        delta += edit.text.length - (edit.end - edit.start);
        repairs.push({
          doc: source.doc,
          line: line.number,
          column: line.toSourceOffset(edit.start) + 1,
          kind: rule.kind,
          before: line.text.slice(edit.start, edit.end),
          after: edit.text,
          ...(edit.note ? { note: edit.note } : {}),
        });
      }
      line.apply(edits);
    }
  }
  for (const p of placed) {
    const start = p.line.forward(p.start, p.step);
    repairs[p.repair].at = { line: p.line.number, start, end: start + p.length };
  }
  return { ...source, lines, chrome, provenance, repairs };
}
