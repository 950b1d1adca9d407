/**
 * A plan's status, computed at build time against its own dates: a draft for comments, in
 * force, or expired (with the date it expired).
 */
import type { PolicyDocument } from '../pipeline/model.ts';

export interface PlanStatus {
  key: 'draft' | 'in-force' | 'expired' | 'unknown';
  label: string;
  /** The date the status turns on, `YYYY-MM-DD`. */
  date?: string;
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

/**
 * @example planStatus(kunming, '2026-11-21') // { key: 'expired', label: '已到期', date: '2025-12-31' }
 */
export function planStatus(doc: PolicyDocument, today = buildDate()): PlanStatus {
  if (doc.status === 'draft') return { key: 'draft', label: '征求意见稿' };
  const until = doc.effective?.until ?? (doc.period ? `${doc.period.to}-12-31` : undefined);
  if (!until) return { key: 'unknown', label: '未载明有效期' };
  if (today > until) return { key: 'expired', label: '已到期', date: until };
  const from = doc.effective?.from ?? (doc.period ? `${doc.period.from}-01-01` : undefined);
  if (from && today < from) return { key: 'unknown', label: '尚未施行', date: from };
  return { key: 'in-force', label: '有效期内', date: until };
}
