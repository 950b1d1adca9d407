/**
 * What comes before a plan's first section: the issuing notice (通知) with its addressees,
 * signature and date, the plan's title, a status line such as （征求意见稿）, and the preamble.
 */
import type { OutlineNode, ParagraphRole } from '../model.ts';
import { shadow } from '../script.ts';
import { type Row, spanOf } from './rows.ts';

const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const STATUS = /^[（(](征求意见稿|送审稿|讨论稿|草案|试行)[)）]$/;
const CITED = /《([^《》]+)》/g;

/** Brackets and spaces differ between a notice's citation and the title line itself. */
function comparable(text: string): string {
  return shadow(text).replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '');
}

/**
 * Index of the row that holds the plan's title: the row that repeats a title the notice cites
 * (`《…》已经市政府同意`), or the first row when there is no notice.
 * @example findTitle(rows) // 9 (Kunming: the notice takes rows 0–8)
 */
export function findTitle(rows: readonly Row[]): number {
  const window = rows.slice(0, 40);
  for (const row of window) {
    for (const cited of row.content.matchAll(CITED)) {
      const wanted = comparable(cited[1]);
      const at = window.findIndex((r) => r !== row && comparable(r.content) === wanted);
      if (at >= 0) return at;
    }
  }
  return 0;
}

function noticeRole(row: Row, index: number, rows: readonly Row[]): ParagraphRole {
  const text = shadow(row.content);
  if (index === 0 && /通知$/.test(text)) return 'notice-title';
  if (/[:：]$/.test(text)) return 'addressees';
  if (DATE.test(text)) return 'date';
  if (/^[（(]此件/.test(text)) return 'publicity';
  if (rows[index + 1] && DATE.test(rows[index + 1].content) && text.length <= 30) return 'issuer';
  return 'notice-body';
}

/** The notice node: one paragraph per row, each with the role it plays. */
export function noticeNode(rows: readonly Row[]): OutlineNode {
  return {
    id: 'notice',
    kind: 'notice',
    line: rows[0].number,
    spans: [],
    children: rows.map((row, i) => ({
      id: `notice-p${i + 1}`,
      kind: 'paragraph',
      role: noticeRole(row, i, rows),
      text: row.content,
      line: row.number,
      spans: [spanOf(row)],
      children: [],
    })),
  };
}

/** The title node. */
export function titleNode(row: Row): OutlineNode {
  return { id: 'title', kind: 'title', title: row.content, line: row.number, spans: [spanOf(row)], children: [] };
}

/** A status line such as （征求意见稿）, or undefined. */
export function statusNode(row: Row | undefined): OutlineNode | undefined {
  if (!row || !STATUS.test(shadow(row.content))) return undefined;
  return { id: 'status', kind: 'paragraph', role: 'status', text: row.content, line: row.number, spans: [spanOf(row)], children: [] };
}
