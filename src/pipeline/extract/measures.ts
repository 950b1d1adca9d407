/**
 * Measures: what an indicator counts, named once, so that the same target set by several plans
 * (每万人口高价值发明专利拥有量 in three of them) can be compared. Names are matched in
 * Simplified script; the list is documented in README.
 */

export interface Measure {
  key: string;
  label: string;
  pattern: RegExp;
}

export const MEASURES: readonly Measure[] = [
  { key: 'high-value-patents-per-10k', label: '每万人口高价值发明专利拥有量', pattern: /每万人口?高价值发明专利拥有量/ },
  { key: 'trademarks-per-100-firms', label: '每百户企业有效注册商标拥有量', pattern: /每百户企业有效注册商标拥有量/ },
  { key: 'registered-trademarks', label: '有效注册商标拥有量', pattern: /^有效注册商标(拥有量)?$|^有效注册商标拥有量/ },
  { key: 'ip-pledge-financing-total', label: '知识产权质押融资总额（累计）', pattern: /知识产权质押融资(总额|金额)$/ },
  { key: 'ip-pledge-financing-registered', label: '知识产权质押融资登记金额（年度）', pattern: /知识产权质押融资登记金额/ },
  { key: 'ip-protection-satisfaction', label: '知识产权保护社会满意度', pattern: /知识产权保护(工作)?社会满意度/ },
  { key: 'geographical-indications', label: '地理标志数量', pattern: /^(注册和登记的)?地理标志$/ },
  { key: 'patent-intensive-industry-share', label: '专利密集型产业增加值占GDP比重', pattern: /专利密集型产业增加值占GDP比重/ },
  { key: 'copyright-industry-share', label: '版权产业增加值占GDP比重', pattern: /版权产业增加值占GDP比重/ },
  { key: 'copyright-registrations', label: '版权（作品）登记数', pattern: /^版权登记(数)?$/ },
  { key: 'invention-patents-held', label: '发明专利拥有量', pattern: /^(全市)?发明专利拥有量$/ },
];

/**
 * The measure an indicator's Simplified name belongs to, if any.
 * @example measureOf('每万人高价值发明专利拥有量') // 'high-value-patents-per-10k'
 */
export function measureOf(name: string): string | undefined {
  const bare = name.replace(/[(（][^)）]*[)）]$/, '').trim();
  return MEASURES.find((m) => m.pattern.test(bare))?.key;
}
