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
 * The province to search for a query in a library searched by province: the one province of its
 * expected pages (topics, which every province's search holds, aside), or `all` when they span
 * several, as a reader who knows where the answer is would choose.
 * @example queryProvince(['/departments/wuhan-shi-ke-ji-ju/'], provinceOfUrl) // '湖北'
 */
export function queryProvince(expected: readonly string[], provinceOf: (url: string) => string | undefined): string {
  const provinces = new Set(expected.map(provinceOf).filter((p): p is string => Boolean(p)));
  return provinces.size === 1 ? [...provinces][0] : 'all';
}

/**
 * Every query of the set through the search page of `site`, each opened as /search/?q=… (with
 * `&province=` when `provinceOf` says where each expected page is); the results are the links of
 * [data-search-results] once it says data-state="done".
 */
export async function runQuerySet(site: SiteHandle, groups: readonly QueryGroup[] = querySet(), provinceOf?: (url: string) => string | undefined): Promise<Scored[]> {
  const ranked = new Map<string, string[]>();
  const { page } = await site.open('/search/');
  for (const group of groups) {
    for (const { q, expect: wanted } of group.queries) {
      const scope = provinceOf ? `&province=${encodeURIComponent(queryProvince(wanted, provinceOf))}` : '';
      await page.goto(site.url(`/search/?q=${encodeURIComponent(q)}${scope}`));
      await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
      ranked.set(q, await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? '')));
    }
  }
  await page.context().close();
  return groups.flatMap((group) => group.queries.map(({ q, expect: wanted }) => {
    const results = ranked.get(q) ?? [];
    return { group, q, expect: wanted, results, recall: recallAt(wanted, results, 5), rr: reciprocalRank(wanted, results) };
  }));
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
