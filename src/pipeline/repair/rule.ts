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

/** A named correction applied line by line, in a fixed order. */
export interface LineRepair {
  kind: Repair['kind'];
  /** One sentence for the repairs page. */
  description: string;
  edits(text: string, context: RepairContext): RepairEdit[];
}
