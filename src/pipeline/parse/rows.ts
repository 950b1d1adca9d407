/** A non-blank repaired line with the bounds of its text, the unit the parsers work on. */
import type { EditedLine } from '../repair/line-edits.ts';
import type { Span } from '../model.ts';

export interface Row {
  /** Line number in the file received. */
  number: number;
  /** The line without its indentation. */
  content: string;
  /** Offset of `content` in the repaired line. */
  start: number;
}

/** The rows of a repaired text, blank lines dropped; each keeps its offset into the line. */
export function toRows(lines: readonly EditedLine[]): Row[] {
  const rows: Row[] = [];
  for (const line of lines) {
    // A line may hold line breaks a repair restored (`<br>` in a web copy): each part is a row.
    let offset = 0;
    for (const part of line.text.split('\n')) {
      const content = part.trim();
      if (content !== '') rows.push({ number: line.number, content, start: offset + part.indexOf(content) });
      offset += part.length + 1;
    }
  }
  return rows;
}

/** The span of `content.slice(from, to)` of a row, `to` defaulting to the end. */
export function spanOf(row: Row, from = 0, to = row.content.length): Span {
  return { line: row.number, start: row.start + from, end: row.start + to };
}
