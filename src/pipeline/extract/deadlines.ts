/**
 * Deadlines as plans write them, kept as written and, where they are a date, normalised:
 * `2026年6月底前` → 2026-06-30; `2025年底前` → 2025-12-31; `2025年上半年` → 2025-06-30;
 * `每年12月底前` → recurring; `长期坚持` / `持续推进` → ongoing. What is none of these is kept as text.
 */
import type { Deadline } from '../model.ts';
import { shadow } from '../script.ts';

const ONGOING = /长期坚持|持续推进|长期推进|持续开展|常态化|长期/;
const RECURRING = /每年|每季度|每半年|每月|年度/;
const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const MONTH = /(\d{4})年(\d{1,2})月(?:底|末|份)?/;
const HALF = /(\d{4})年(上半年|下半年|年中|一季度|二季度|三季度|四季度|第[一二三四]季度)/;
const YEAR = /(\d{4})年(?:年?底|末)?/;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12 };

/**
 * A deadline read from its text.
 * @example deadlineOf('2026年6月底前完成').date // '2026-06-30'
 */
export function deadlineOf(text: string): Deadline {
  const plain = shadow(text).trim();
  const written = text.trim();
  if (RECURRING.test(plain) && !/\d{4}年/.test(plain)) return { text: written, kind: 'recurring', date: null };
  const full = FULL_DATE.exec(plain);
  if (full) return { text: written, kind: 'date', date: `${full[1]}-${pad(Number(full[2]))}-${pad(Number(full[3]))}` };
  const month = MONTH.exec(plain);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m >= 1 && m <= 12) return { text: written, kind: 'date', date: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  const half = HALF.exec(plain);
  if (half) {
    const y = Number(half[1]);
    const q = /([一二三四])季度/.exec(half[2]);
    const m = q ? QUARTER_END[q[1]] : half[2] === '下半年' ? 12 : 6;
    return { text: written, kind: 'date', date: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  const year = YEAR.exec(plain);
  if (year) return { text: written, kind: 'date', date: `${year[1]}-12-31` };
  if (ONGOING.test(plain)) return { text: written, kind: 'ongoing', date: null };
  return { text: written, kind: 'text', date: null };
}
