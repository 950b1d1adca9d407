/**
 * Replacements within one line, applied in order, that remember where each character came
 * from: a message about a repaired line still points at the column of the file received.
 */

/** Replace `[start, end)` of the current text with `text`. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** A line's current text and the replacements that made it. */
export class EditedLine {
  readonly number: number;
  readonly source: string;
  text: string;
  private readonly steps: Replacement[][] = [];

  constructor(number: number, source: string) {
    this.number = number;
    this.source = source;
    this.text = source;
  }

  /**
   * Applies non-overlapping replacements given against the current text.
   * @example line.apply([{ start: 1, end: 5, text: '' }]) // '區(qū)、' → '區、'
   */
  apply(replacements: Replacement[]): void {
    if (replacements.length === 0) return;
    const sorted = [...replacements].sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const r of sorted) {
      if (r.start < at) throw new Error(`overlapping replacements on line ${this.number}`);
      out += this.text.slice(at, r.start) + r.text;
      at = r.end;
    }
    this.text = out + this.text.slice(at);
    this.steps.push(sorted);
  }

  /** How many steps of replacements the line has had. */
  get stepCount(): number {
    return this.steps.length;
  }

  /**
   * Where an offset of the text as it was after `step` steps lies in the current text; an
   * offset inside a later replacement moves to that replacement's start.
   */
  forward(offset: number, step: number): number {
    let o = offset;
    for (let s = step; s < this.steps.length; s++) o = redoStep(this.steps[s], o);
    return o;
  }

  /** 0-based offset in the received line of a 0-based offset in the current text. */
  toSourceOffset(offset: number): number {
    let o = offset;
    for (let s = this.steps.length - 1; s >= 0; s--) o = undoStep(this.steps[s], o);
    return o;
  }
}

/** Maps an offset after one step of replacements to the offset before it. */
function undoStep(step: Replacement[], offset: number): number {
  let delta = 0;
  for (const r of step) {
    const newStart = r.start + delta;
    if (offset < newStart) return offset - delta;
    if (offset < newStart + r.text.length) return r.start;
    delta += r.text.length - (r.end - r.start);
  }
  return offset - delta;
}

/** Maps an offset before one step of replacements to the offset after it. */
function redoStep(step: Replacement[], offset: number): number {
  let delta = 0;
  for (const r of step) {
    if (offset < r.end || (offset === r.start && r.end === r.start)) {
      return offset <= r.start ? offset + delta : r.start + delta;
    }
    delta += r.text.length - (r.end - r.start);
  }
  return offset + delta;
}
