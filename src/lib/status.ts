/**
 * A plan's status, computed at build time against its own dates: a draft for comments (征求意见稿),
 * not yet in force (尚未生效), in force (现行有效), or expired (已到期). Plan pages, task pages and
 * task lists all show it, so that no one cites an expired plan or a draft as the rule in force. A date is shown only where the text states it (Hangzhou's 有效期至…); where
 * the end is inferred from the period in the title (Kunming's 2022—2025年), the status says so.
 */
import type { PolicyDocument } from '../pipeline/model.ts';

export interface PlanStatus {
  key: 'draft' | 'in-force' | 'expired' | 'not-yet' | 'unknown';
  label: string;
  /** The date the status turns on, `YYYY-MM-DD`, only when the text states it. */
  date?: string;
  /** What the status rests on, shown in brackets after the label: `2025年6月30日`, `按标题所列期限2022—2025年推算`. */
  note?: string;
}

/** The day the site is built, `YYYY-MM-DD`; BUILD_DATE overrides it for reproducible builds. */
export function buildDate(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/** `2025-06-30` → `2025年6月30日` */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : m ? `${y}年${m}月` : `${y}年`;
}

/** One end of the plan's validity: the stated date, else the first or last day of the title's period. */
function bound(doc: PolicyDocument, end: 'from' | 'until'): { date: string; stated: boolean } | undefined {
  const stated = doc.effective?.[end];
  if (stated) return { date: stated, stated: true };
  if (!doc.period) return undefined;
  return { date: end === 'from' ? `${doc.period.from}-01-01` : `${doc.period.to}-12-31`, stated: false };
}

/**
 * The words around a stated date in a status's note, by status: `至2025年6月30日`, `2023年2月10日起`.
 * Pages that mark the date up as `<time>` put it between the two.
 */
export const DATE_WORDS: Readonly<Record<'expired' | 'not-yet' | 'in-force', readonly [before: string, after: string]>> = {
  expired: ['', ''],
  'not-yet': ['', '起'],
  'in-force': ['至', ''],
};

/**
 * @example planStatus(hangzhou, '2026-11-21') // { key: 'expired', label: '已到期', date: '2025-06-30', note: '2025年6月30日' }
 * @example planStatus(kunming, '2026-11-21') // { key: 'expired', label: '已到期', note: '按标题所列期限2022—2025年推算' }
 */
export function planStatus(doc: PolicyDocument, today = buildDate()): PlanStatus {
  if (doc.status === 'draft') return { key: 'draft', label: '征求意见稿' };
  const until = bound(doc, 'until');
  if (!until) return { key: 'unknown', label: '未载明有效期' };
  const from = bound(doc, 'from');
  const inferred = doc.period ? `按标题所列期限${doc.period.from}—${doc.period.to}年推算` : '';
  const state = (key: keyof typeof DATE_WORDS, label: string, at: { date: string; stated: boolean }): PlanStatus => {
    if (!at.stated) return { key, label, note: inferred };
    const [before, after] = DATE_WORDS[key];
    return { key, label, date: at.date, note: `${before}${chineseDate(at.date)}${after}` };
  };
  if (today > until.date) return state('expired', '已到期', until);
  if (from && today < from.date) return state('not-yet', '尚未生效', from);
  return state('in-force', '现行有效', until);
}

/**
 * The status as one phrase, for cards and lists.
 * @example statusText(planStatus(kunming, '2026-11-21')) // '已到期（按标题所列期限2022—2025年推算）'
 */
export function statusText(status: PlanStatus): string {
  return status.note ? `${status.label}（${status.note}）` : status.label;
}
