/**
 * The query set (tests/search/queries.json) through the real search page in Chromium: each query
 * is opened as /search/?q=…, and the results are the links of [data-search-results] once it says
 * data-state="done". Prints recall@5 and MRR by group.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mean, querySet, recallAt, reciprocalRank, type QueryGroup } from '../helpers/search-quality.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const groups = querySet();
const ranked = new Map<string, string[]>();

interface Scored { group: QueryGroup; q: string; expect: string[]; results: string[]; recall: number; rr: number }
let scored: Scored[] = [];

beforeAll(async () => {
  const { page } = await site.open('/search/');
  for (const group of groups) {
    for (const { q } of group.queries) {
      await page.goto(site.url(`/search/?q=${encodeURIComponent(q)}`));
      await page.waitForSelector('[data-search-results][data-state="done"]', { state: 'attached' });
      ranked.set(q, await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? '')));
    }
  }
  await page.context().close();
  scored = groups.flatMap((group) => group.queries.map(({ q, expect: wanted }) => {
    const results = ranked.get(q) ?? [];
    return { group, q, expect: wanted, results, recall: recallAt(wanted, results, 5), rr: reciprocalRank(wanted, results) };
  }));
  const line = (name: string, rows: Scored[]) =>
    `${name.padEnd(26)} ${String(rows.length).padStart(3)} queries   recall@5 ${mean(rows.map((r) => r.recall)).toFixed(3)}   MRR ${mean(rows.map((r) => r.rr)).toFixed(3)}`;
  console.log([
    ...groups.map((g) => line(g.name, scored.filter((s) => s.group === g))),
    line('cross-script', scored.filter((s) => s.group.crossScript)),
    line('all', scored),
    ...scored.filter((s) => s.recall < 1).map((s) => `  missed in top 5: ${s.q} → expected ${s.expect.join(' ')}; got ${s.results.slice(0, 5).join(' ')}`),
  ].join('\n'));
}, 600_000);

describe('the search page, on the query set', () => {
  it('has at least 40 queries, each expecting pages that exist', () => {
    expect(scored.length).toBeGreaterThanOrEqual(40);
    for (const s of scored) expect(s.expect.length, s.q).toBeGreaterThan(0);
  });

  it('puts at least 90% of the expected pages in the first five results (recall@5)', () => {
    expect(mean(scored.map((s) => s.recall))).toBeGreaterThanOrEqual(0.9);
  });

  it('puts every expected page in the first five results when the answer is in the other script', () => {
    const missed = scored.filter((s) => s.group.crossScript && s.recall < 1).map((s) => `${s.q}: got ${s.results.slice(0, 5).join(' ')}`);
    expect(missed).toEqual([]);
  });
});
