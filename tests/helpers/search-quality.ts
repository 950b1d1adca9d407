/** Scoring a search against the query set in tests/search/queries.json: recall@k and reciprocal rank. */
import { readFileSync } from 'node:fs';
import type { SiteHandle } from './site.ts';

export interface QueryCase {
  q: string;
  /** Result URLs a reader wants among the first results. */
  expect: string[];
}

export interface QueryGroup {
  name: string;
  about: string;
  /** The answers are only in the other script. */
  crossScript?: boolean;
  queries: QueryCase[];
}

/** The query set, read from tests/search/queries.json. */
export function querySet(): QueryGroup[] {
  const file = new URL('../search/queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { groups: QueryGroup[] }).groups;
}

/**
 * Share of the expected URLs found among the first `k` results (of at most `k` expected).
 * @example recallAt(['/a/', '/b/'], ['/x/', '/a/'], 5) // 0.5
 */
export function recallAt(expected: readonly string[], results: readonly string[], k: number): number {
  const top = new Set(results.slice(0, k));
  return expected.filter((url) => top.has(url)).length / Math.min(expected.length, k);
}

/**
 * One over the rank of the first expected URL, 0 when none is found.
 * @example reciprocalRank(['/a/'], ['/x/', '/a/']) // 0.5
 */
export function reciprocalRank(expected: readonly string[], results: readonly string[]): number {
  const rank = results.findIndex((url) => expected.includes(url));
  return rank === -1 ? 0 : 1 / (rank + 1);
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** A query of the set with what the search page answered and how it scores. */
export interface Scored {
  group: QueryGroup;
  q: string;
  expect: string[];
  results: string[];
  recall: number;
  rr: number;
}

/**
 * A query as a reader of a library searched by province asks it: once in each province its
 * expected pages lie in, expecting there the pages of that province and the topics (which every
 * province's search holds); a query that expects only topics is asked of every province (`all`).
 * @example scopedCases(['/departments/wuhan-shi-ke-ji-ju/', '/departments/kunming-shi-ke-ji-ju/'], provinceOf) // [{ province: '湖北', expect: […wuhan…] }, { province: '云南', expect: […kunming…] }]
 */
export function scopedCases(expected: readonly string[], provinceOf: (url: string) => string | undefined): { province: string; expect: string[] }[] {
  const everywhere = expected.filter((url) => !provinceOf(url));
  const byProvince = Map.groupBy(expected.filter((url) => provinceOf(url)), (url) => provinceOf(url)!);
  if (byProvince.size === 0) return [{ province: 'all', expect: [...expected] }];
  return [...byProvince].map(([province, urls]) => ({ province, expect: [...urls, ...everywhere] }));
}

/**
 * Every query of the set through the search page of `site`, each opened as /search/?q=…; the
 * results are the links of [data-search-results] once it says data-state="done". With
 * `provinceOf` (where each expected page is indexed, '' for everywhere), each query is asked by
 * province, as scopedCases says, and scored once per province.
 */
export async function runQuerySet(site: SiteHandle, groups: readonly QueryGroup[] = querySet(), provinceOf?: (url: string) => string | undefined): Promise<Scored[]> {
  const { page } = await site.open('/search/');
  const scored: Scored[] = [];
  for (const group of groups) {
    for (const { q, expect: wanted } of group.queries) {
      const cases = provinceOf ? scopedCases(wanted, provinceOf) : [{ province: undefined, expect: wanted }];
      for (const { province, expect: expected } of cases) {
        const scope = province ? `&province=${encodeURIComponent(province)}` : '';
        await page.goto(site.url(`/search/?q=${encodeURIComponent(q)}${scope}`));
        await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
        const results = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
        scored.push({ group, q: province ? `${q} (${province})` : q, expect: expected, results, recall: recallAt(expected, results, 5), rr: reciprocalRank(expected, results) });
      }
    }
  }
  await page.context().close();
  return scored;
}

/** recall@5 and MRR by group, cross-script and overall, then every query that missed, as lines to print. */
export function scoreLines(groups: readonly QueryGroup[], scored: readonly Scored[]): string {
  const line = (name: string, rows: readonly Scored[]) =>
    `${name.padEnd(26)} ${String(rows.length).padStart(3)} queries   recall@5 ${mean(rows.map((r) => r.recall)).toFixed(3)}   MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}`;
  return [
    ...groups.map((g) => line(g.name, scored.filter((s) => s.group === g))),
    line('cross-script', scored.filter((s) => s.group.crossScript)),
    line('all', scored),
    ...scored.filter((s) => s.recall < 1).map((s) => `  missed in top 5: ${s.q} → expected ${s.expect.join(' ')}; got ${s.results.slice(0, 5).join(' ')}`),
  ].join('\n');
}
