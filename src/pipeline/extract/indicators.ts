/**
 * Indicators: every quantitative target, from goal paragraphs (`每万人口高价值发明专利拥有量达到12件`),
 * indicator tables, and the numbers inside tasks (`培育400家…企业`). Values are kept as written;
 * a missing or doubtful value (`达到?`, `92?`) is flagged, never guessed.
 */
import type { OutlineNode, Table } from '../model.ts';
import { maskQuoted } from '../parse/quotes.ts';
import { shadow } from '../script.ts';
import { measureOf } from './measures.ts';
import { walk } from './outline-walk.ts';

/** An indicator before it gets its document, id and url. */
export interface DraftIndicator {
  node: string;
  source: 'goal' | 'table' | 'task';
  name: string;
  value: string;
  amount: number | null;
  unit: string;
  comparator: string;
  baseline: string | null;
  baselineYear: number | null;
  targetYear: number | null;
  category?: string;
  attribute?: string;
  quote: string;
  measure?: string;
  flags: ('missing-value' | 'uncertain-value' | 'missing-attribute' | 'no-baseline' | 'repaired')[];
  line: number;
  /** `[start, end)` of the quote in the node's text, to check for repairs. */
  at: { start: number; end: number };
}

const VALUE = String.raw`\d+(?:\.\d+)?(?:\s*[—–\-~～]\s*\d+(?:\.\d+)?)?`;
const UNIT = '万件|万元|亿元|万家|万人|件|家|个|名|次|分|%|％|项|所|人|倍|座|条|场|亩';
const COMPARATOR = '达到|达|突破|超过|不低于|不少于|提高到|提升到|保持在|控制在';
const VERB = '主导和参与制定|培养引进|培育建设|培育备案|扶持培育|辅导培训|累计培育|累计建成|培育|打造|建成|建设|设立|布局|形成|实施|制定|培养|引进|聚集|覆盖|开展|拥有|投入|遴选|认定|新增|发展';

/** NAME 达到 12 件 以上 — the name runs back to the previous match or the start of the phrase. */
const METRIC = new RegExp(`(${COMPARATOR})\\s*(${VALUE}|[?？])\\s*(${UNIT})?(以上|左右|以内)?`, 'g');
/** NAME 年均增幅 20% 以上 */
const GROWTH = new RegExp(`(年均(?:增幅|増幅|增长|增速|提高))(?:达到)?\\s*(${VALUE})\\s*(%|％)(以上|左右)?`);
/** 培育 400 家 以上 OBJECT — and `、200个 OBJECT` or `和20家 OBJECT` after it. */
const ACTION = new RegExp(`(${VERB})\\s*(${VALUE})\\s*(${UNIT})(以上|左右)?((?:(?![、和]\\s*\\d)[^，,；;。])*)`, 'g');
const CONTINUED = new RegExp(`^[、和]\\s*(${VALUE})\\s*(${UNIT})(以上|左右)?((?:(?![、和]\\s*\\d)[^，,；;。])*)`);
/** OBJECT 1500 家 at the end of a phrase. */
const TRAILING = new RegExp(`^(?:(${VERB}))?(.+?)(${VALUE})\\s*(${UNIT})(以上|左右)?$`);
/** Any count left, for the fallback. */
const COUNT = new RegExp(`(${VALUE})\\s*(${UNIT})(以上|左右)?`, 'g');
const GOAL = /目标/;
const YEAR = /到(\d{4})年/g;

/** The upper bound of a value as written, as a number. */
function amountOf(value: string): number | null {
  const numbers = value.match(/\d+(?:\.\d+)?/g);
  return numbers ? Number(numbers.at(-1)) : null;
}

function flagsOf(value: string): DraftIndicator['flags'] {
  if (/^[?？]$/.test(value.trim()) || value.trim() === '') return ['missing-value'];
  if (/[?？]/.test(value)) return ['uncertain-value'];
  return [];
}

/** A name with leading connectives and verbs that do not name the measure trimmed off. */
function cleanName(name: string): string {
  return name
    .replace(/^[\s,，;；、和及—-]+/, '')
    .replace(/^(其中|同时|并且|并|或者|或|力争|确保|实现|推动|使|到\d{4}年|每年|全年)+[,，]?/, '')
    .replace(/[\s,，:：]+$/, '')
    .trim();
}

/** Phrases of a sentence: `[start, end)` pieces between commas and semicolons. */
function phrases(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || '，,；;'.includes(text[i])) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Sentences of a paragraph: `[start, end)` pieces between full stops, quotations protected. */
function sentences(probe: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= probe.length; i++) {
    if (i === probe.length || probe[i] === '。') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

interface Found {
  name: string;
  value: string;
  unit: string;
  comparator: string;
  start: number;
  end: number;
}

/** Targets stated in one phrase of probe text (Simplified, quotations masked). */
function targetsInPhrase(probe: string, text: string, start: number, end: number): Found[] {
  const phrase = probe.slice(start, end);
  const found: Found[] = [];
  const push = (name: string, value: string, unit: string | undefined, comparator: string, s: number, e: number) =>
    found.push({ name: cleanName(name), value: value.replace(/\s+/g, ''), unit: unit ?? '', comparator, start: start + s, end: start + e });
  const original = (s: number, e: number) => text.slice(start + s, start + e);

  // 1. NAME 达到 VALUE UNIT — several may follow one another in one phrase.
  let nameFrom = 0;
  for (const m of phrase.matchAll(METRIC)) {
    const tail = m[4] ? `${m[1]} ${m[4]}` : m[1];
    const names = original(nameFrom, m.index);
    const paired = /分别$/.test(names);
    if (paired) {
      // A和B分别突破V1和V2: one target each.
      const list = names.replace(/分别$/, '').split(/和|、/);
      const values = phrase.slice(m.index + m[1].length).split(/和|、/);
      list.forEach((name, k) => {
        const v = new RegExp(`^\\s*(${VALUE})\\s*(${UNIT})?`).exec(values[k] ?? '');
        if (v) push(name, v[1], v[2], m[1], nameFrom, m.index + m[0].length);
      });
    } else {
      push(names, original(m.index + m[1].length, m.index + m[1].length + m[2].length), m[3], tail, nameFrom, m.index + m[0].length);
    }
    nameFrom = m.index + m[0].length;
  }
  if (found.length > 0) return found;

  // 2. NAME 年均增幅 20% 以上
  const growth = GROWTH.exec(phrase);
  if (growth) {
    push(original(0, growth.index), growth[2], growth[3], growth[4] ? `${growth[1]} ${growth[4]}` : growth[1], 0, growth.index + growth[0].length);
    return found;
  }

  // 3. 培育 400 家 OBJECT, with 、/和 continuations sharing the verb.
  for (const m of phrase.matchAll(ACTION)) {
    push(original(m.index + m[0].length - m[5].length, m.index + m[0].length), m[2], m[3], m[4] ?? '', m.index, m.index + m[0].length);
    let at = m.index + m[0].length;
    for (let c = CONTINUED.exec(phrase.slice(at)); c; c = CONTINUED.exec(phrase.slice(at))) {
      push(original(at + c[0].length - c[4].length, at + c[0].length), c[1], c[2], c[3] ?? '', at, at + c[0].length);
      at += c[0].length;
    }
  }
  if (found.length > 0) return found;

  // 4. OBJECT 1500家 at the end of the phrase.
  const trailing = TRAILING.exec(phrase);
  if (trailing && !/\d{4}年/.test(trailing[2])) {
    const nameStart = trailing[1]?.length ?? 0;
    push(original(nameStart, nameStart + trailing[2].length), trailing[3], trailing[4], trailing[5] ?? '', 0, phrase.length);
    return found;
  }

  // 5. Any other count: the phrase names it.
  for (const m of phrase.matchAll(COUNT)) {
    push(original(0, phrase.length).replace(m[0], '').trim() || original(0, phrase.length), m[1], m[2], m[3] ?? '', 0, phrase.length);
  }
  return found;
}

/** The targets stated in one paragraph. */
export function targetsInText(text: string): Found[] {
  const probe = shadow(maskQuoted(text));
  return sentences(probe)
    .flatMap((sentence) => phrases(probe, sentence.start, sentence.end))
    .flatMap((phrase) => targetsInPhrase(probe, text, phrase.start, phrase.end));
}

/** The year the last `到2025年` in `texts` names, or null. */
function goalYear(texts: readonly string[]): number | null {
  let year: number | null = null;
  for (const t of texts) for (const m of shadow(t).matchAll(YEAR)) year = Number(m[1]);
  return year;
}

/** Indicators of a flattened indicator table: one per row. */
export function tableIndicators(node: OutlineNode, table: Table): DraftIndicator[] {
  const col = (pattern: RegExp) => table.header.findIndex((h) => pattern.test(shadow(h)));
  const nameCol = col(/指标|名称/);
  const baseCol = col(/实现值|基准|基期|现状/);
  const targetCol = col(/目标/);
  const attrCol = col(/属性/);
  const catCol = col(/分类|类别/);
  const yearOf = (i: number) => (i >= 0 ? Number(/(\d{4})/.exec(table.header[i])?.[1] ?? NaN) || null : null);
  if (nameCol < 0 || targetCol < 0) return [];
  let category: string | undefined;
  return table.rows.map((row, r) => {
    if (catCol >= 0 && row[catCol]) category = row[catCol]!.text;
    const cell = (i: number) => (i >= 0 ? row[i]?.text ?? '' : '');
    const written = cell(nameCol);
    const unit = /[(（]([^)）]+)[)）]$/.exec(written)?.[1] ?? '';
    const value = cell(targetCol);
    const baseline = cell(baseCol);
    const flags = flagsOf(value);
    if (attrCol >= 0 && cell(attrCol) === '') flags.push('missing-attribute');
    if (baseCol >= 0 && /^[/／—-]?$/.test(baseline)) flags.push('no-baseline');
    const name = written.replace(/[(（][^)）]+[)）]$/, '');
    return {
      node: node.id,
      source: 'table' as const,
      name,
      value,
      amount: amountOf(value),
      unit,
      comparator: /以上$/.test(value) ? '以上' : '',
      baseline: baseline && !/^[/／]$/.test(baseline) ? baseline : null,
      baselineYear: yearOf(baseCol),
      targetYear: yearOf(targetCol),
      ...(category ? { category } : {}),
      ...(cell(attrCol) ? { attribute: cell(attrCol) } : {}),
      quote: row.filter((c) => c).map((c) => c!.text).join(' | '),
      ...(measureOf(shadow(name)) ? { measure: measureOf(shadow(name)) } : {}),
      flags,
      line: row.find((c) => c)?.line ?? node.line,
      at: { start: r, end: r + 1 },
    };
  });
}

/**
 * Every indicator of an outline: goal paragraphs and tables under a heading that names goals
 * (目标), and the numbers stated inside tasks.
 * @example extractIndicators(kunming.outline, 2025).filter((i) => i.source === 'goal').length // 5
 */
export function extractIndicators(outline: readonly OutlineNode[], planYear: number | null): DraftIndicator[] {
  const out: DraftIndicator[] = [];
  walk(outline, (node, ancestors) => {
    const inGoal = [...ancestors, node].some((a) => (a.kind === 'section' || a.kind === 'item') && GOAL.test(shadow(a.title ?? '')));
    const inTask = [...ancestors, node].some((a) => a.isTask);
    if (node.kind === 'table' && node.table) {
      out.push(...tableIndicators(node, node.table));
      return;
    }
    if (node.kind !== 'paragraph' || !(inGoal || inTask)) return;
    const text = node.text ?? '';
    // Paragraphs of the enclosing headings that come before this one say which year a goal is for.
    const context = ancestors.flatMap((a) => a.children.filter((c) => c.kind === 'paragraph' && c.line < node.line).map((c) => c.text ?? ''));
    for (const f of targetsInText(text)) {
      out.push({
        node: node.id,
        source: inGoal ? 'goal' : 'task',
        name: f.name,
        value: f.value,
        amount: amountOf(f.value),
        unit: f.unit,
        comparator: f.comparator,
        baseline: null,
        baselineYear: null,
        targetYear: (inGoal ? goalYear([...context, text.slice(0, f.start)]) : null) ?? planYear,
        quote: text.slice(f.start, f.end).replace(/^[,，;；、—\s]+/, ''),
        ...(measureOf(shadow(f.name)) && !/年均/.test(f.comparator) ? { measure: measureOf(shadow(f.name)) } : {}),
        flags: flagsOf(f.value),
        line: node.line,
        at: { start: f.start, end: f.end },
      });
    }
  });
  return out;
}
