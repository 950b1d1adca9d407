/** How a target reads on a page: the figure as written, with its comparator words where they belong. */
import type { Indicator } from '../pipeline/model.ts';

const SUFFIXES = ['以上', '左右', '以内'];

/**
 * @example formatTarget({ comparator: '达到 以上', value: '80', unit: '分', … }) // '达到80分以上'
 * @example formatTarget({ source: 'table', value: '85以上', unit: '分', … }) // '85以上（分）'
 */
export function formatTarget(indicator: Pick<Indicator, 'comparator' | 'value' | 'unit' | 'source'>): string {
  if (indicator.source === 'table') return indicator.unit ? `${indicator.value}（${indicator.unit}）` : indicator.value;
  const words = indicator.comparator.split(/\s+/).filter(Boolean);
  const suffix = words.filter((w) => SUFFIXES.includes(w)).join('');
  const prefix = words.filter((w) => !SUFFIXES.includes(w)).join('');
  return `${prefix}${indicator.value}${indicator.unit}${suffix}`;
}
