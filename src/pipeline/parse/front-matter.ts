/**
 * What comes before a plan's first section: the issuing notice (通知) with its addressees,
 * signature and date, the plan's title, a status line such as （征求意见稿）, and the preamble.
 */
import type { OutlineNode, ParagraphRole } from '../model.ts';
import { shadow } from '../script.ts';
import { type Row, spanOf } from './rows.ts';

/** A signature date: `2023年11月8日`, or in Chinese numerals `二〇二三年十一月八日`. */
const DATE = /^(\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
/** A document number (文号): `云政办发〔2024〕9号`, `兰府办函[2024]33号`. */
export const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,12}[〔［\[（(【]\d{4}[〕］\]）)】]\s*第?\d{1,4}号$/;
/** The notice's own title names the plan it issues: `关于印发《?…》?的通知`. */
const ISSUES = /关于印发《?(.+?)》?的(?:通知|函)$/;
const STATUS = /^[（(](征求意见稿|送审稿|讨论稿|草案|试行)[)）]$/;
const CITED = /《([^《》]+)》/g;

/** Brackets and spaces differ between a notice's citation and the title line itself. */
function comparable(text: string): string {
  return shadow(text).replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '');
}

/**
 * Where the plan's title is: the row (or two rows) that repeat a title the notice cites
 * (`《…》已经市政府同意`) or names (`关于印发…的通知`), or the first row when there is no notice.
 * @example findTitle(rows) // { at: 9, rows: 1 } (Kunming: the notice takes rows 0–8)
 */
export function findTitle(rows: readonly Row[]): { at: number; rows: number } {
  const window = rows.slice(0, 40);
  const wanted: string[] = [];
  for (const row of window) for (const cited of row.content.matchAll(CITED)) wanted.push(comparable(cited[1]));
  const issued = ISSUES.exec(shadow(rows[0]?.content ?? ''));
  if (issued) wanted.push(comparable(rows[0].content.slice(issued.index + issued[0].indexOf(issued[1]), issued.index + issued[0].indexOf(issued[1]) + issued[1].length)));
  for (const title of wanted) {
    for (let at = 1; at < window.length; at++) {
      if (comparable(window[at].content) === title) return { at, rows: 1 };
      // A title broken over two lines: `…行动方案` then `（2024—2026年）`.
      if (window[at + 1] && comparable(window[at].content + window[at + 1].content) === title) return { at, rows: 2 };
    }
  }
  return { at: 0, rows: 1 };
}

function noticeRole(row: Row, index: number, rows: readonly Row[]): ParagraphRole {
  const text = shadow(row.content);
  if (index === 0 && /通知$/.test(text)) return 'notice-title';
  if (/[:：]$/.test(text)) return 'addressees';
  if (DATE.test(text)) return 'date';
  if (DOC_NUMBER.test(text.replace(/\s+/g, ''))) return 'doc-number';
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

/** The title node, from one row or two (a title broken before its period in brackets). */
export function titleNode(rows: readonly Row[]): OutlineNode {
  return { id: 'title', kind: 'title', title: rows.map((r) => r.content).join(''), line: rows[0].number, spans: rows.map((r) => spanOf(r)), children: [] };
}

/** A status line such as （征求意见稿）, or undefined. */
export function statusNode(row: Row | undefined): OutlineNode | undefined {
  if (!row || !STATUS.test(shadow(row.content))) return undefined;
  return { id: 'status', kind: 'paragraph', role: 'status', text: row.content, line: row.number, spans: [spanOf(row)], children: [] };
}
