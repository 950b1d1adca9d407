/**
 * A table flattened into lines (Bozhou's indicator table: one cell per line, `|` between
 * cells, an empty cell as two `|` in a row) rebuilt with its columns. The first column may span
 * rows (a category over several indicators), as in the printed table.
 */
import type { Table } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import { shadow } from '../script.ts';

export interface Cell {
  text: string;
  line: number;
}

const HEADER_WORD = /(分类|类别|序号|指标|名称|内容|值|属性|单位|备注|年度|年份|目标)$/;
const VALUE = /^(?=.*[\d/?？])[\d.,/?？%％\-—–~～以上下左右约≥≤<>＞＜]+$/;

/** A cell that holds a figure (or a placeholder for one), not a name. */
export function isValueCell(text: string): boolean {
  return VALUE.test(text.trim());
}

/**
 * Rows with one cell per header column, from the flattened cells.
 * @example buildTable(cells, log).header // ['分类', '主要指标', '2020年实现值', '2025年目标值', '属性']
 */
export function buildTable(caption: string | undefined, cells: readonly Cell[], log: MessageLog): Table {
  let width = 0;
  while (width < cells.length && HEADER_WORD.test(shadow(cells[width].text)) && !isValueCell(cells[width].text)) width++;
  if (width < 2) {
    log.warn('table-header', cells[0]?.line ?? 0, 1,
      'a flattened table has no recognisable header row (分类, 指标, …值, 属性), so its cells are shown one per row.',
      'Check the table in the source.');
    return { ...(caption ? { caption } : {}), header: ['内容'], rows: cells.map((c) => [{ text: c.text, rowSpan: 1, line: c.line }]) };
  }
  const header = cells.slice(0, width).map((c) => c.text);
  const rows: Table['rows'] = [];
  let spanning: { rowSpan: number } | undefined;
  let i = width;
  while (i < cells.length) {
    // A row opens with the spanning first column unless its second cell is already a figure.
    const continues = spanning !== undefined && width >= 3 && isValueCell(cells[i + 1]?.text ?? '');
    const size = continues ? width - 1 : width;
    const part = cells.slice(i, i + size);
    if (part.length < size) {
      log.warn('table-row', part[0].line, 1,
        `a table row has ${part.length} of its ${size} cells; the row is shown with empty cells at its end.`,
        'Check the table in the source.');
    }
    const row: Table['rows'][number] = part.map((c) => ({ text: c.text, rowSpan: 1, line: c.line }));
    while (row.length < size) row.push({ text: '', rowSpan: 1, line: part.at(-1)!.line });
    if (continues) {
      spanning!.rowSpan++;
      row.unshift(null);
    } else {
      spanning = row[0]!;
    }
    rows.push(row);
    i += size;
  }
  return { ...(caption ? { caption } : {}), header, rows };
}
