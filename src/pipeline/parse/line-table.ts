/**
 * Tables written one row per line, as web and word-processor copies flatten them: cells split by
 * `|`, full-width `｜` or tabs. The first row is the header; a row with fewer cells keeps its
 * cells where they stand and is shown with empty cells at its end, and said; empty cells and
 * `—`, `/` cells are shown as written. A short line between rows with no separator names the
 * group of the rows below it; it is a row of its own, its text in the first cell.
 */
import type { Table } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { Row } from './rows.ts';

const SEPARATORS = ['\t', '|', '｜'] as const;

/** The separator a row splits its cells by, when it has one between two cells. */
function separatorOf(row: Row): (typeof SEPARATORS)[number] | undefined {
  return SEPARATORS.find((s) => {
    const cells = row.content.split(s);
    return cells.length >= 2 && cells.filter((c) => c.trim() !== '').length >= 2;
  });
}

/** A row's cells, trimmed; the outer pipes of `| a | b |` frame the row and are not cells. */
export function cellsOf(row: Row, separator: string): string[] {
  let cells = row.content.split(separator).map((c) => c.trim());
  if (separator !== '\t' && cells[0] === '') cells = cells.slice(1);
  if (separator !== '\t' && cells.at(-1) === '') cells = cells.slice(0, -1);
  return cells;
}

/**
 * The table that starts at `rows[start]`, or undefined when no table does: two rows or more in a
 * row, split by the same separator.
 * @example lineTableAt(rows, 12, log)?.table.header // ['序号', '重点任务', '牵头单位', '配合单位', '完成时限']
 */
export function lineTableAt(rows: readonly Row[], start: number, log: MessageLog): { rows: Row[]; table: Table } | undefined {
  const separator = separatorOf(rows[start]);
  if (!separator) return undefined;
  const taken: Row[] = [rows[start]];
  for (let i = start + 1; i < rows.length; i++) {
    // A short line between rows (`一、健全物流配送体系`) is a group row spanning the columns.
    const groupRow = !rows[i].content.includes(separator) && rows[i + 1]?.content.includes(separator)
      && rows[i].content.length <= 40 && !/[。；;]/.test(rows[i].content);
    if (!rows[i].content.includes(separator) && !groupRow) break;
    taken.push(rows[i]);
  }
  if (taken.length < 2) return undefined;
  const header = cellsOf(taken[0], separator);
  const body: Table['rows'] = taken.slice(1).map((row) => {
    const cells = row.content.includes(separator) ? cellsOf(row, separator) : [row.content];
    if (cells.length > header.length) {
      log.warn('table-row', row.number, 1,
        `a table row has ${cells.length} cells under a header of ${header.length}; the cells past the last column are joined into it.`,
        'Check the table in the source.');
      cells.splice(header.length - 1, cells.length, cells.slice(header.length - 1).join(` ${separator.trim() || ' '} `));
    }
    if (cells.length < header.length && cells.filter(Boolean).length > 1 && row.content.includes(separator)) {
      log.warn('table-row', row.number, 1,
        `a table row has ${cells.length} of its ${header.length} cells; the row is shown with empty cells at its end.`,
        'Check the table in the source.');
    }
    while (cells.length < header.length) cells.push('');
    return cells.map((text) => ({ text, rowSpan: 1, line: row.number }));
  });
  return { rows: taken, table: { header, rows: body } };
}
