/**
 * Cross-plan comparisons: indicators that several plans set for the same measure, one value per
 * plan for the chart (a table row first, for its baseline; then a goal; then a task's figure).
 */
import type { Indicator, PolicyDocument } from '../pipeline/model.ts';
import { MEASURES } from '../pipeline/extract/measures.ts';
import { targetFigure } from './indicators.ts';
import type { Province } from './model.ts';

export interface Comparison {
  key: string;
  label: string;
  /** Every indicator of the measure, for the data table. */
  indicators: Indicator[];
  /** One per plan, for the chart. */
  bars: { doc: PolicyDocument; indicator: Indicator }[];
  /** The chart is drawn only when every bar has a number in the same unit. */
  chartable: boolean;
}

const PREFERENCE = { table: 0, goal: 1, task: 2 } as const;

/** A chart is drawn only when every bar is in the same unit and at least two have a number. */
function isChartable(bars: Comparison['bars']): boolean {
  return new Set(bars.map((b) => b.indicator.unit)).size === 1 && bars.filter((b) => b.indicator.amount !== null).length >= 2;
}

const cache = new WeakMap<readonly Indicator[], Comparison[]>();

/**
 * Computed once per list of indicators: the indicator pages and the overview all ask for it.
 * @example comparisons(model.indicators, docs)[0].label // '每万人口高价值发明专利拥有量'
 */
export function comparisons(indicators: readonly Indicator[], documents: readonly PolicyDocument[]): Comparison[] {
  const cached = cache.get(indicators);
  if (cached) return cached;
  const out: Comparison[] = [];
  for (const measure of MEASURES) {
    const all = indicators.filter((i) => i.measure === measure.key);
    const byDoc = new Map<string, Indicator[]>();
    for (const i of all) byDoc.set(i.doc, [...(byDoc.get(i.doc) ?? []), i]);
    const withMeasure = new Set(byDoc.keys());
    const docs = documents.filter((d) => withMeasure.has(d.slug));
    if (docs.length < 2) continue;
    const bars = docs.map((doc) => ({
      doc,
      indicator: (byDoc.get(doc.slug) ?? []).sort((a, b) => PREFERENCE[a.source] - PREFERENCE[b.source])[0],
    }));
    out.push({ key: measure.key, label: measure.label, indicators: all, bars, chartable: isChartable(bars) });
  }
  cache.set(indicators, out);
  return out;
}

/**
 * A comparison province by province, in the order of the provinces given; a province none of whose
 * plans sets the measure is left out. Each keeps its own chart when its bars allow one.
 */
export function comparisonByProvince(comparison: Comparison, provinces: readonly Province[]): { province: Province; comparison: Comparison }[] {
  return provinces.flatMap((province) => {
    const slugs = new Set(province.documents.map((d) => d.slug));
    const bars = comparison.bars.filter((b) => slugs.has(b.doc.slug));
    if (bars.length === 0) return [];
    const indicators = comparison.indicators.filter((i) => slugs.has(i.doc));
    return [{ province, comparison: { ...comparison, indicators, bars, chartable: isChartable(bars) } }];
  });
}

/**
 * What a comparison's chart shows, in words, for its SVG `<desc>`: each plan's figure as Chinese
 * writes it, the target year, and a doubtful figure said to be so.
 * @example chartDescription(satisfaction) // '亳州 85分以上（2025年）；武汉 80分以上（2020年）。数值照原文。'
 */
export function chartDescription(comparison: Pick<Comparison, 'bars'>): string {
  const bars = comparison.bars.map(({ doc, indicator }) => {
    const year = indicator.targetYear ? `（${indicator.targetYear}年）` : '';
    const doubtful = indicator.flags.some((f) => f === 'missing-value' || f === 'uncertain-value') ? '，原文存疑' : '';
    return `${doc.city} ${targetFigure(indicator)}${year}${doubtful}`;
  });
  return `${bars.join('；')}。数值照原文。`;
}
