/**
 * Where an indicator lives on the site (its own page `/indicators/<plan>/<local>/` and its row
 * `/indicators/#<plan>-<local>`, both from the id the pipeline gave it) and how its target reads.
 */
import type { Indicator, Task } from '../pipeline/model.ts';
import type { Site } from './model.ts';

/**
 * The indicator's id within its plan.
 * @example indicatorLocal({ id: 'bozhou-draft/1-2-table1-r6', doc: 'bozhou-draft' }) // '1-2-table1-r6'
 */
export function indicatorLocal(indicator: Pick<Indicator, 'id' | 'doc'>): string {
  const prefix = `${indicator.doc}/`;
  if (!indicator.id.startsWith(prefix)) throw new Error(`indicator ${indicator.id} does not start with its plan "${prefix}"; the pipeline builds ids as <plan>/<local>.`);
  return indicator.id.slice(prefix.length);
}

/**
 * The id of the indicator's row on /indicators/, which links made before indicators had pages still use.
 * @example indicatorAnchor({ id: 'bozhou-draft/1-2-table1-r6', doc: 'bozhou-draft' }) // 'bozhou-draft-1-2-table1-r6'
 */
export function indicatorAnchor(indicator: Pick<Indicator, 'id' | 'doc'>): string {
  return `${indicator.doc}-${indicatorLocal(indicator)}`;
}

/** The task whose text states the indicator, if it is stated inside a task. */
export function taskOfIndicator(site: Site, indicator: Indicator): Task | undefined {
  return site.taskOfNode(indicator.doc, indicator.node);
}

const SUFFIXES = ['以上', '左右', '以内', '以下'];

/**
 * The target as a page shows it: the figure as written, comparator words where they belong.
 * @example formatTarget({ comparator: '达到 以上', value: '80', unit: '分', … }) // '达到80分以上'
 * @example formatTarget({ source: 'table', value: '85以上', unit: '分', … }) // '85以上（分）'
 */
export function formatTarget(indicator: Pick<Indicator, 'comparator' | 'value' | 'unit' | 'source'>): string {
  if (indicator.source === 'table') return indicator.unit ? `${indicator.value}（${indicator.unit}）` : indicator.value;
  const verb = indicator.comparator.split(/\s+/).filter((w) => w && !SUFFIXES.includes(w)).join('');
  return `${verb}${targetFigure(indicator)}`;
}

/**
 * The figure with its unit, comparator words after the unit as Chinese writes them, and no verb:
 * what a chart's description reads out for one bar.
 * @example targetFigure({ comparator: '以上', value: '85以上', unit: '分' }) // '85分以上'
 * @example targetFigure({ comparator: '达到 以上', value: '80', unit: '分' }) // '80分以上'
 */
export function targetFigure(indicator: Pick<Indicator, 'comparator' | 'value' | 'unit'>): string {
  // A figure written in words (`两万三千家`, `百分之八十以上`) already says its unit.
  if (!/\d/.test(indicator.value) && indicator.value.trim() !== '') {
    const suffix = indicator.comparator.split(/\s+/).find((w) => SUFFIXES.includes(w) && !indicator.value.endsWith(w)) ?? '';
    return `${indicator.value}${suffix}`;
  }
  // A table cell may hold the comparator in the value itself (`85以上`), before the unit column's `分`.
  const written = SUFFIXES.find((s) => indicator.value.endsWith(s));
  const figure = written ? indicator.value.slice(0, -written.length) : indicator.value;
  const suffix = written ?? indicator.comparator.split(/\s+/).filter((w) => SUFFIXES.includes(w)).join('');
  return `${figure}${indicator.unit}${suffix}`;
}

/**
 * An indicator as a sentence, for its page's title: what is measured, the target, the year.
 * @example indicatorSentence({ name: '专利转化率', comparator: '达到 以上', value: '百分之八十以上', unit: '%', source: 'goal', targetYear: 2026 }) // '专利转化率达到百分之八十以上（2026年）'
 */
export function indicatorSentence(indicator: Pick<Indicator, 'name' | 'comparator' | 'value' | 'unit' | 'source' | 'targetYear'>, name = indicator.name): string {
  const year = indicator.targetYear ? `（${indicator.targetYear}年）` : '';
  if (indicator.source === 'table') return `${name}${indicator.targetYear ? `${indicator.targetYear}年` : ''}目标为${targetFigure(indicator)}`;
  const target = formatTarget(indicator);
  return `${name}${/^[\d百两一二三四五六七八九十零]/.test(target) ? '为' : ''}${target}${year}`;
}

/** What each indicator flag tells a reader, in the site's words. */
export const INDICATOR_FLAG_LABELS: Readonly<Record<Indicator['flags'][number], string>> = {
  'missing-value': '原文缺少数值', 'uncertain-value': '原文数值存疑', 'missing-attribute': '原文属性空缺',
  'no-baseline': '无基期值', repaired: '数值经修复', 'unclear-name': '指标名称不明确',
};
