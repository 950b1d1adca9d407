/** The shape every line repair has: find what is wrong in one line, say how to put it right. */
import type { Repair } from '../model.ts';
import type { Replacement } from './line-edits.ts';

/** A replacement with the reason recorded beside it in the repair report. */
export interface RepairEdit extends Replacement {
  note?: string;
}

/** What a rule may report while it looks at a line: a problem it found and could not mend. */
export interface RepairContext {
  warn(ruleId: string, offset: number, reason: string, fix?: string): void;
}

/**
 * Text for readers: runs of prose and code-like snippets quoted from a file, which pages set
 * as `<code>` rather than showing Markdown backticks.
 * @example ['小数点还原（', code('2。5萬件'), '）']
 */
export type ReaderText = readonly (string | { code: string })[];

/** A snippet quoted from a file, for {@link ReaderText}. */
export function code(text: string): { code: string } {
  return { code: text };
}

/** What a kind of correction is, for readers of the repairs page, in Chinese as the site is. */
export interface RepairKind {
  kind: Repair['kind'];
  /** A short name for the kind column: 删除拼音. */
  label: string;
  /** What the repair changes and what it leaves alone. */
  description: ReaderText;
}

/** A named correction applied line by line, in a fixed order. */
export interface LineRepair extends RepairKind {
  edits(text: string, context: RepairContext): RepairEdit[];
}
