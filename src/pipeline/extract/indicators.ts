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
import { CHINESE_AMOUNT_CHARS, chineseAmount } from '../parse/chinese-numerals.ts';

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
  flags: ('missing-value' | 'uncertain-value' | 'missing-attribute' | 'no-baseline' | 'repaired' | 'unclear-name')[];
  line: number;
  /** `[start, end)` of the quote in the node's text, to check for repairs. */
  at: { start: number; end: number };
}

const VALUE = String.raw`\d+(?:\.\d+)?(?:\s*[—–\-~～]\s*\d+(?:\.\d+)?)?`;
const UNIT = '万件|万元|亿元|万家|万人|个工作日|工作日|万平方米|平方米|万吨|小时|公里|件|家|个|名|次|分|%|％|项|所|人|倍|座|条|场|亩|天|吨|起';
const COMPARATOR = '达到|达|突破|超过|不低于|不少于|不超过|不高于|提高到|提高至|提升到|提升至|增长到|增加到|保持在|稳定在|控制在|压缩至|压缩到|降至|降低到|下降到|≥|≤|＞|＜|>|<';
const VERB = '主导和参与制定|培养引进|培育建设|培育备案|扶持培育|辅导培训|累计培育|累计建成|培育|打造|建成|建设|设立|布局|形成|实施|制定|培养|引进|聚集|覆盖|开展|拥有|投入|遴选|认定|新增|发展';

/** NAME 达到 12 件 以上 — the name runs back to the previous match or the start of the phrase. */
const METRIC = new RegExp(`(${COMPARATOR})\\s*(${VALUE}(?![\\d.．]|\\s*年)|[?？])\\s*(${UNIT})?(以上|左右|以内|以下)?`, 'g');
/** NAME 由 2022 年的 6.5% 提高到 8% — a baseline and a target. */
const FROM_TO = new RegExp(`由\\s*(?:(\\d{4})年(?:底|末)?的?)?\\s*(${VALUE})\\s*(${UNIT})?\\s*(提高|提升|增加|增长|下降|降低|减少|缩短|压缩|扩大)(?:到|至)\\s*(${VALUE})\\s*(${UNIT})?(以上|左右|以内|以下)?`);
/** NAME 较上年下降 5% */
const CHANGE = new RegExp(`(较上年|比上年|同比|较\\d{4}年)(下降|降低|减少|增长|提高|提升)\\s*(${VALUE})\\s*(%|％|个百分点)(以上|左右)?`);
/** Targets written in Chinese numerals and words: 百分之八十, 两万三千家, 零点五个百分点, 翻一番, 两倍, 三成. */
const CN = `[${CHINESE_AMOUNT_CHARS}]+`;
const WORD_VALUE = `百分之${CN}|${CN}(?:个百分点|倍|成|${UNIT.replace('%|％|', '')}|公里|万|亿)|翻[一两三]番`;
const WORD_TARGET = new RegExp(`(${COMPARATOR}|提高|提升|增加|增长|下降|降低|减少|${VERB})?\\s*(${WORD_VALUE})(以上|左右|以内|以下)?`, 'g');
/** Words before a target that say over which time it counts. */
const QUALIFIER = /(每年|年均|三年累计|五年累计|累计)/;
/** NAME 年均增幅 20% 以上 */
const GROWTH = new RegExp(`(年均(?:增幅|増幅|增长|增速|提高))(?:达到)?\\s*(${VALUE})\\s*(%|％)(以上|左右)?`);
/** 培育 400 家 以上 OBJECT — and `、200个 OBJECT` or `和20家 OBJECT` after it. */
const ACTION = new RegExp(`(${VERB})\\s*(${VALUE})\\s*(${UNIT})(以上|左右)?((?:(?![、和]\\s*\\d)[^，,；;。])*)`, 'g');
const CONTINUED = new RegExp(`^[、和]\\s*(${VALUE})\\s*(${UNIT})(以上|左右)?((?:(?![、和]\\s*\\d)[^，,；;。])*)`);
/** OBJECT 1500 家 at the end of a phrase. */
const TRAILING = new RegExp(`^(?:(${VERB}))?(.+?)(${VALUE})\\s*(${UNIT})(以上|左右)?$`);
/** Any count left, for the fallback. */
const COUNT = new RegExp(`(?<![第\\d.．])(${VALUE})\\s*(${UNIT})(以上|左右)?`, 'g');
const GOAL = /目标/;
/** A sentence that sets a goal for a year: `到2027年，…`, `至2025年底，…`. */
const GOAL_SENTENCE = /(?:^|[。；;])\s*(?:到|至|力争到)\d{4}年(?:底|末)?[，,]/;
/** The year a goal is for: `到2025年`, or a sentence that opens with its year (`2023年，…`). */
const YEAR = /到(\d{4})年|(?:^|[。；;])\s*(\d{4})年(?:底|末)?[，,]/g;
/** `在2022年基础上翻一番`: the year a change counts from. */
const BASE_YEAR = /在(\d{4})年(?:底|末)?(?:的)?基础上/;

/**
 * The upper bound of a value as written, as a number: `1—3` → 3, `百分之八十以上` → 80,
 * `两万三千家` → 23000, `翻一番` → 2 (times), `三成` → 30 (per cent).
 */
export function amountOf(value: string): number | null {
  const numbers = value.match(/\d+(?:\.\d+)?/g);
  if (numbers) return Number(numbers.at(-1));
  const plain = shadow(value);
  const doubled = /翻([一两三])番/.exec(plain);
  if (doubled) return 2 ** (chineseAmount(doubled[1]) ?? 1);
  const percent = /百分之([^以左]+)/.exec(plain);
  if (percent) return chineseAmount(percent[1]) ?? null;
  const tenths = new RegExp(`^(${CN})成`).exec(plain);
  if (tenths) return (chineseAmount(tenths[1]) ?? NaN) * 10 || null;
  const figure = new RegExp(`^(${CN})`).exec(plain);
  return figure ? chineseAmount(figure[1].replace(/[万亿]$/, (m) => (chineseAmount(`一${m}`) ? m : ''))) ?? null : null;
}

/** The unit a value written in words states: `%` for 百分之 and 成, else the measure word after the figure. */
function wordUnit(value: string): string {
  if (/^百分之|成$/.test(value)) return '%';
  if (/^翻/.test(value)) return '倍';
  return new RegExp(`^${CN}(.*)$`).exec(value)?.[1] ?? '';
}

function flagsOf(value: string): DraftIndicator['flags'] {
  if (/^[?？]$/.test(value.trim()) || value.trim() === '' || /^[—–\-－/／]+$/.test(value.trim())) return ['missing-value'];
  if (/[?？]/.test(value)) return ['uncertain-value'];
  return [];
}

/** A name with leading connectives and verbs that do not name the measure trimmed off. */
function cleanName(name: string): string {
  return name
    .replace(/^[\s,，;；、和及—-]+/, '')
    .replace(/^(其中|同时|并且|并|或者|或|力争|确保|实现|推动|使|到\d{4}年|\d{4}年(?:\d{1,2}月)?(?:底|末)?(?:前|之前)|每年|全年|年均|三年累计|五年累计|累计)+[,，]?/, '')
    .replace(/[\s,，:：]+$/, '')
    // The verb or comparison before the figure is not part of the measured thing: `…覆盖率稳定在` → `…覆盖率`.
    .replace(/(达到|提高|提升|增加|增长|下降|降低|减少|稳定在|保持在|保持|控制在|突破|超过|实现)?(\d{4}年(?:底|末)?的)?$/, '')
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
  baseline?: string;
  baselineYear?: number;
}

/** Targets stated in one phrase of probe text (Simplified, quotations masked). */
function targetsInPhrase(probe: string, text: string, start: number, end: number): Found[] {
  const phrase = probe.slice(start, end);
  const found: Found[] = [];
  const push = (name: string, value: string, unit: string | undefined, comparator: string, s: number, e: number) =>
    found.push({ name: cleanName(name), value: value.replace(/\s+/g, ''), unit: unit ?? '', comparator, start: start + s, end: start + e });
  const original = (s: number, e: number) => text.slice(start + s, start + e);

  // 0. NAME 由 YEAR 的 BASELINE 提高到 TARGET, and NAME 较上年下降 VALUE.
  const fromTo = FROM_TO.exec(phrase);
  if (fromTo) {
    push(original(0, fromTo.index), original(fromTo.index + fromTo[0].lastIndexOf(fromTo[5]), fromTo.index + fromTo[0].lastIndexOf(fromTo[5]) + fromTo[5].length),
      fromTo[6] ?? fromTo[3], `${fromTo[4]}到${fromTo[7] ? ` ${fromTo[7]}` : ''}`, 0, fromTo.index + fromTo[0].length);
    found[0].baseline = `${fromTo[2]}${fromTo[3] ?? ''}`;
    if (fromTo[1]) found[0].baselineYear = Number(fromTo[1]);
    return found;
  }
  const change = CHANGE.exec(phrase);
  if (change) {
    push(original(0, change.index), change[3], change[4], `${change[1]}${change[2]}${change[5] ? ` ${change[5]}` : ''}`, 0, change.index + change[0].length);
    return found;
  }

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
  if (found.length > 0) return found;

  // 6. Figures in words, after a comparator (NAME 达到 百分之八十) or a verb (培育 两万三千家 OBJECT).
  for (const m of phrase.matchAll(WORD_TARGET)) {
    const value = m[2];
    const inherent = /^百分之|个百分点$|倍$|成$|^翻/.test(value);
    // A figure that closes its phrase (`培育科技型中小企业两万三千家`) states a target too.
    const closing = phrase.slice(m.index + m[0].length).trim() === '';
    if (!m[1] && !inherent && !closing) continue;
    if (amountOf(value) === null) continue;
    const written = original(m.index + m[0].indexOf(value), m.index + m[0].indexOf(value) + value.length + (m[3]?.length ?? 0));
    const verb = m[1] !== undefined && new RegExp(`^(${VERB})$`).test(m[1]);
    // 培育两万三千家企业: the object follows; 三成以上企业实现…: so does the thing counted.
    const after = verb || (!m[1] && cleanName(original(0, m.index)) === '');
    const before = cleanName(original(0, m.index)).replace(new RegExp(`^(${VERB})`), '');
    const name = after ? original(m.index + m[0].length, phrase.length) : before;
    push(name, written, wordUnit(value), m[1] && !verb ? (m[3] ? `${m[1]} ${m[3]}` : m[1]) : (m[3] ?? ''), after ? m.index : 0, m.index + m[0].length);
  }
  return found;
}

/** The year the phrase ending a text counts a change from (`在2022年基础上`), or null. */
function baseYear(before: string): number | null {
  const phrase = shadow(before).split(/[，,；;。]/).at(-1) ?? '';
  const m = BASE_YEAR.exec(phrase);
  return m ? Number(m[1]) : null;
}

/** A comparator with the span of time its phrase counts over (`每年`, `年均`, `三年累计`), when it says one. */
function qualified(comparator: string, before: string, name: string): string {
  const phrase = shadow(before).split(/[，,；;。]/).at(-1) ?? '';
  const q = QUALIFIER.exec(phrase)?.[1];
  return q && !comparator.includes(q) && !shadow(name).includes(q) ? `${q} ${comparator}`.trim() : comparator;
}

/** A name too short, or made only of a qualifier, to say what is measured: `规模`, `设立规模`, `国际标准`. */
function unclearName(name: string): boolean {
  const plain = shadow(name).replace(/[\s（）()]/g, '');
  return [...plain].length < 4 || /^(设立|建设|形成|新增)?(规模|数量|总量|比例|比重|占比|国际标准|标准|水平|个数)$/.test(plain);
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
  for (const t of texts) for (const m of shadow(t).matchAll(YEAR)) year = Number(m[1] ?? m[2]);
  return year;
}

/** Indicators of a flattened indicator table: one per row. */
export function tableIndicators(node: OutlineNode, table: Table): DraftIndicator[] {
  const col = (pattern: RegExp) => table.header.findIndex((h) => pattern.test(shadow(h)));
  const nameCol = col(/指标|名称/);
  const attrCol = col(/属性/);
  const catCol = col(/分类|类别/);
  const unitCol = col(/^(计量)?单位$/);
  // Value columns: named for what they hold (2020年实现值, 2025年目标值), or by their year alone (2022年, 2025年).
  const years = table.header.flatMap((h, i) => (/^\d{4}年?$/.test(shadow(h).trim()) ? [i] : []));
  const baseCol = col(/实现值|基准|基期|现状/) >= 0 ? col(/实现值|基准|基期|现状/) : years.length >= 2 ? years[0] : -1;
  const targetCol = col(/目标/) >= 0 ? col(/目标/) : years.length >= 1 ? years.at(-1)! : -1;
  const yearOf = (i: number) => (i >= 0 ? Number(/(\d{4})/.exec(table.header[i])?.[1] ?? NaN) || null : null);
  if (nameCol < 0 || targetCol < 0 || nameCol === attrCol) return [];
  let category: string | undefined;
  return table.rows.flatMap((row, r) => {
    // A category named once for several rows (a merged cell, flattened) holds for the rows below it.
    if (catCol >= 0 && row[catCol]?.text.trim()) category = row[catCol]!.text;
    const cell = (i: number) => (i >= 0 ? row[i]?.text ?? '' : '');
    // A group row (`一、创造质量`) names the rows below it and states no target.
    if (row.slice(1).every((c) => !c?.text.trim())) {
      if (row[0]?.text.trim()) category = row[0].text;
      return [];
    }
    const written = cell(nameCol);
    const unit = cell(unitCol) || (/[(（]([^)）]+)[)）]$/.exec(written)?.[1] ?? '');
    const value = cell(targetCol);
    const baseline = cell(baseCol);
    const flags = flagsOf(value);
    if (attrCol >= 0 && cell(attrCol) === '') flags.push('missing-attribute');
    if (baseCol >= 0 && /^[/／—-]?$/.test(baseline)) flags.push('no-baseline');
    const name = written.replace(/[(（][^)）]+[)）]$/, '');
    return [{
      node: node.id,
      source: 'table' as const,
      name,
      value,
      amount: amountOf(value),
      unit,
      comparator: /^(≥|≤|>|<|＞|＜|不低于|不少于|不超过)/.exec(value)?.[1] ?? /(以上|以内|以下|左右)$/.exec(value)?.[1] ?? '',
      baseline: baseline && !/^[—–\-－/／]+$/.test(baseline) ? baseline : null,
      baselineYear: yearOf(baseCol),
      targetYear: yearOf(targetCol),
      ...(category ? { category } : {}),
      ...(cell(attrCol) ? { attribute: cell(attrCol) } : {}),
      quote: row.filter((c) => c).map((c) => c!.text).join(' | '),
      ...(measureOf(shadow(name)) ? { measure: measureOf(shadow(name)) } : {}),
      flags,
      line: row.find((c) => c)?.line ?? node.line,
      at: { start: r, end: r + 1 },
    }];
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
    // A goal is stated under a heading that names goals (目标), or in a paragraph of the outline
    // (not a task, not the notice) that says what is to be reached by a year (`到2027年，…`).
    const inGoal = [...ancestors, node].some((a) => (a.kind === 'section' || a.kind === 'item') && GOAL.test(shadow(a.title ?? '')))
      || (node.kind === 'paragraph' && node.role === 'body' && !ancestors.some((a) => a.isTask || a.kind === 'notice') && GOAL_SENTENCE.test(shadow(node.text ?? '')));
    const inTask = [...ancestors, node].some((a) => a.isTask);
    if (node.kind === 'table' && node.table) {
      out.push(...tableIndicators(node, node.table));
      return;
    }
    if (node.kind !== 'paragraph' || !(inGoal || inTask)) return;
    const text = node.text ?? '';
    // A note under a table (`注：第3项为三年累计数`) explains figures; it states none.
    if (/^(注|说明|备注)[:：]/.test(shadow(text))) return;
    // Paragraphs of the enclosing headings that come before this one say which year a goal is for;
    // read only for a goal paragraph that states a target, so a long part is not scanned per line.
    let context: string[] | undefined;
    const contextOf = () => (context ??= ancestors.flatMap((a) => a.children.filter((c) => c.kind === 'paragraph' && c.line < node.line).map((c) => c.text ?? '')));
    for (const found of targetsInText(text)) {
      // `设立规模不低于2000万元的…专项资金`: a bare qualifier takes the thing the phrase goes on to name.
      const owner = unclearName(found.name) ? /^的([^，,；;。]{2,30})/.exec(text.slice(found.end)) : null;
      const f = owner ? { ...found, name: `${owner[1]}${found.name}` } : found;
      out.push({
        node: node.id,
        source: inGoal ? 'goal' : 'task',
        name: f.name,
        value: f.value,
        amount: amountOf(f.value),
        unit: f.unit,
        comparator: qualified(f.comparator, text.slice(0, f.end), f.name),
        baseline: f.baseline ?? null,
        baselineYear: f.baselineYear ?? baseYear(text.slice(0, f.end)),
        targetYear: (inGoal ? goalYear([...contextOf(), text.slice(0, f.start)]) : null) ?? planYear,
        quote: text.slice(f.start, f.end).replace(/^[,，;；、—\s]+/, ''),
        ...(measureOf(shadow(f.name)) && !/年均/.test(f.comparator) ? { measure: measureOf(shadow(f.name)) } : {}),
        flags: [...flagsOf(f.value), ...(unclearName(f.name) ? ['unclear-name' as const] : [])],
        line: node.line,
        at: { start: f.start, end: f.end },
      });
    }
  });
  return out;
}
