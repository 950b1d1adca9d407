/**
 * Document metadata: title, issuer, dates, period, status, effective dates, the plan-level lead
 * (`由市市场监管局负责牵头组织实施`) and the documents a plan cites in its preamble.
 */
import type { OutlineNode } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow, simplify } from '../script.ts';
import { walk } from './outline-walk.ts';
import { chineseNumeral } from '../parse/chinese-numerals.ts';
import { looksLikeUnit, readUnitName, type UnitMention } from './unit-names.ts';

/** A plan-level lead statement: who leads the whole plan's implementation. */
export interface PlanLeadDraft {
  unit: UnitMention;
  statement: string;
  node: string;
}

const DRAFT = /征求意见稿|草案|讨论稿|送审稿/;
const PERIOD = /[(（](\d{4})\s*[—–\-~～至]\s*(\d{4})年?[)）]/;
const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const HAN_DATE = /([〇零一二三四五六七八九○Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;
const YEAR_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', Ｏ: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const EFFECTIVE_FROM = /自(\d{4}年\d{1,2}月\d{1,2}日)起(施行|实施|执行)/;
/** `自印发之日起施行`: in force from the issue date. */
const FROM_ISSUE = /自(印发|发布|公布)之日起(施行|实施|执行)/;
const EFFECTIVE_UNTIL = /有效期(?:至|到)(\d{4}年\d{1,2}月\d{1,2}日)/;
const LEAD = /由(.{2,40}?)(?:[(（]以下简称[^)）]*[)）])?(负责牵头|牵头|负责)/g;
const CITATION = /《([^《》]+)》(?:\s*[(（]([^()（）]*〔\d{4}〕\d+号)[)）])?/g;

/** `2023年1月10日` → `2023-01-10` */
export function isoDate(text: string): string | null {
  const m = DATE.exec(shadow(text));
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const han = HAN_DATE.exec(text);
  if (!han) return null;
  const year = [...han[1]].map((c) => YEAR_DIGIT[c]).join('');
  const [month, day] = [chineseNumeral(han[2]), chineseNumeral(han[3])];
  return month && day ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** Text of the body where the plan says when it takes effect: closing provisions, and articles that say so. */
function effectText(outline: readonly OutlineNode[]): string {
  const parts: string[] = [];
  walk(outline, (n, ancestors) => {
    if (n.kind === 'notice' || ancestors.some((a) => a.kind === 'notice')) return;
    const text = shadow(n.text ?? n.title ?? '');
    if (/起(施行|实施|执行)|有效期/.test(text)) parts.push(text);
  });
  return parts.join('');
}

function paragraphs(outline: readonly OutlineNode[], role: string): OutlineNode[] {
  const found: OutlineNode[] = [];
  walk(outline, (n) => {
    if (n.role === role) found.push(n);
  });
  return found;
}

/** Facts stated in the text about the document itself. */
export function documentFacts(outline: readonly OutlineNode[]) {
  const title = outline.find((n) => n.kind === 'title')?.title ?? '';
  const first = (role: string) => paragraphs(outline, role)[0]?.text ?? null;
  const status = first('status');
  const period = PERIOD.exec(shadow(title));
  const closing = effectText(outline);
  const from = EFFECTIVE_FROM.exec(closing);
  const fromIssue = FROM_ISSUE.test(closing);
  const until = EFFECTIVE_UNTIL.exec(closing);
  const cites: { title: string; number?: string }[] = [];
  for (const p of paragraphs(outline, 'preamble')) {
    const text = p.text ?? '';
    for (const m of shadow(text).matchAll(CITATION)) {
      const title = text.slice(m.index + 1, m.index + 1 + m[1].length);
      const number = m[2] ? text.slice(m.index + m[0].length - 1 - m[2].length, m.index + m[0].length - 1) : undefined;
      cites.push({ title, ...(number ? { number } : {}) });
    }
  }
  const issued = first('date');
  const issuedIso = issued ? isoDate(issued) : null;
  const docNumber = first('doc-number');
  return {
    title,
    titleSimplified: simplify(title),
    issuer: first('issuer'),
    issued: issuedIso,
    docNumber: docNumber ? docNumber.replace(/\s+/g, '') : null,
    period: period ? { from: Number(period[1]), to: Number(period[2]) } : null,
    status: status && DRAFT.test(shadow(status)) ? ('draft' as const) : ('issued' as const),
    effective: from || until || fromIssue
      ? { from: from ? isoDate(from[1]) : fromIssue ? issuedIso : null, until: until ? isoDate(until[1]) : null } : null,
    addressees: first('addressees'),
    cites,
  };
}

/**
 * Plan-level leads: `由X牵头` or `由X负责…` outside the tasks, in the text's own words.
 * @example planLeads(hangzhou.outline)[0].unit.base // '市市場監管局'
 */
export function planLeads(outline: readonly OutlineNode[]): PlanLeadDraft[] {
  const leads: PlanLeadDraft[] = [];
  walk(outline, (node, ancestors) => {
    if (node.kind !== 'paragraph' && node.kind !== 'closing') return;
    if (node.role === 'preamble' || ancestors.some((a) => a.isTask || a.kind === 'notice')) return;
    const text = node.text ?? '';
    const probe = shadow(maskQuoted(text));
    for (const m of probe.matchAll(LEAD)) {
      const written = text.slice(m.index + 1, m.index + 1 + m[1].length);
      if (!looksLikeUnit(written)) continue;
      const sentenceStart = probe.lastIndexOf('。', m.index) + 1;
      const sentenceEnd = probe.indexOf('。', m.index);
      leads.push({
        unit: readUnitName(written),
        statement: text.slice(sentenceStart, sentenceEnd < 0 ? text.length : sentenceEnd + 1).trim(),
        node: node.id,
      });
    }
  });
  return leads;
}

/**
 * Whether the page a copy was saved from is its publisher's or a repost, from the 来源 the page
 * names: the issuer itself, or the government whose office issued it, published it (Kunming's
 * page names 昆明市人民政府办公室, which issued the plan); any other site reposted it (Wuhan's
 * trade association). A plan that states no issuer cannot be matched, so its source is a repost.
 * @example sourceRole('武汉市软件行业协会', '武汉市人民政府办公厅', '武汉') // 'repost'
 */
export function sourceRole(source: string, issuer: string | null, city: string): 'publisher' | 'repost' {
  // `武汉市人民政府办公厅`, `市人民政府办公厅` and `人民政府办公厅` name one organ of one city.
  const organ = (name: string) => {
    const plain = simplify(name).replace(/\s+/g, '');
    const local = plain.startsWith(city) ? plain.slice(city.length) : plain;
    return local.startsWith('市') ? local.slice(1) : local;
  };
  if (!issuer) return 'repost';
  const stated = organ(issuer);
  const named = organ(source);
  return named === stated || named === stated.replace(/办公[室厅]$/, '') ? 'publisher' : 'repost';
}
