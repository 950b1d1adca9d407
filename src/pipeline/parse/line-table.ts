/**
 * Tables written one row per line, as web and word-processor copies flatten them: cells split by
 * `|`, full-width `｜`, tabs, or aligned with runs of spaces. The first row is the header; a row with fewer cells keeps its
 * cells where they stand and is shown with empty cells at its end, and said; empty cells and
 * `—`, `/` cells are shown as written. A short line between rows with no separator names the
 * group of the rows below it; it is a row of its own, its text in the first cell.
 */
import type { Table } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { Row } from './rows.ts';

/** Space-aligned columns: two spaces or more (ASCII or ideographic) between cells. */
const SPACES = /[ \u3000]{2,}/;
const SEPARATORS = ['\t', '|', '｜', 'spaces'] as const;
type Separator = (typeof SEPARATORS)[number];

const split = (text: string, separator: Separator) => (separator === 'spaces' ? text.split(SPACES) : text.split(separator));
const holds = (text: string, separator: Separator) => (separator === 'spaces' ? SPACES.test(text) : text.includes(separator));

/**
 * The separator a row splits its cells by, when it has one between two cells. Space-aligned
 * columns need three cells a row, and a next row of as many, since prose may hold a double space.
 */
function separatorOf(row: Row, next: Row | undefined): Separator | undefined {
  return SEPARATORS.find((s) => {
    const cells = split(row.content, s);
    if (s === 'spaces') return cells.length >= 3 && next !== undefined && split(next.content, s).length === cells.length;
    return cells.length >= 2 && cells.filter((c) => c.trim() !== '').length >= 2;
  });
}

/**
 * A row's cells, trimmed. In a framed table (`| a | b |`, the header opens and closes with a pipe)
 * the outer pipes are the frame; otherwise a leading or trailing pipe closes an empty cell, which
 * stays where it is so that no value shifts into the next column.
 */
export function cellsOf(row: Row, separator: Separator, framed = false): string[] {
  let cells = split(row.content, separator).map((c) => c.trim());
  if (framed && cells[0] === '') cells = cells.slice(1);
  if (framed && cells.at(-1) === '') cells = cells.slice(0, -1);
  return cells;
}

/** Whether a header row is framed by its separator on both sides. */
function isFramed(header: Row, separator: Separator): boolean {
  return (separator === '|' || separator === '｜') && header.content.startsWith(separator) && header.content.endsWith(separator);
}

/**
 * The table that starts at `rows[start]`, or undefined when no table does: two rows or more in a
 * row, split by the same separator.
 * @example lineTableAt(rows, 12, log)?.table.header // ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
 */
export function lineTableAt(rows: readonly Row[], start: number, log: MessageLog): { rows: Row[]; table: Table } | undefined {
  const separator = separatorOf(rows[start], rows[start + 1]);
  if (!separator) return undefined;
  const taken: Row[] = [rows[start]];
  for (let i = start + 1; i < rows.length; i++) {
    // A short line between rows (`一、健全物流配送体系`) is a group row spanning the columns.
    const groupRow = !holds(rows[i].content, separator) && rows[i + 1] !== undefined && holds(rows[i + 1].content, separator)
      && rows[i].content.length <= 40 && !/[。；;]/.test(rows[i].content);
    if (!holds(rows[i].content, separator) && !groupRow) break;
    taken.push(rows[i]);
  }
  if (taken.length < 2) return undefined;
  const framed = isFramed(taken[0], separator);
  const header = cellsOf(taken[0], separator, framed);
  const body: Table['rows'] = taken.slice(1).map((row) => {
    const cells = holds(row.content, separator) ? cellsOf(row, separator, framed) : [row.content];
    if (cells.length > header.length) {
      log.warn('table-row', row.number, 1,
        `a table row has ${cells.length} cells under a header of ${header.length}; the cells past the last column are joined into it.`,
        'Check the table in the source.');
      cells.splice(header.length - 1, cells.length, cells.slice(header.length - 1).join(' '));
    }
    if (cells.length < header.length && cells.filter(Boolean).length > 1 && holds(row.content, separator)) {
      log.warn('table-row', row.number, 1,
        `a table row has ${cells.length} of its ${header.length} cells; the row is shown with empty cells at its end.`,
        'Check the table in the source.');
    }
    while (cells.length < header.length) cells.push('');
    return cells.map((text) => ({ text, rowSpan: 1, line: row.number }));
  });
  return { rows: taken, table: { header, rows: body } };
}
