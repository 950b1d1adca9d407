/**
 * The query set (tests/search/queries.json) through the real search page in Chromium: each query
 * is opened as /search/?q=…, and the results are the links of [data-search-results] once it says
 * data-state="done". Prints recall@5 and MRR by group.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mean, querySet, runQuerySet, scoreLines, type Scored } from '../helpers/search-quality.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const groups = querySet();
let scored: Scored[] = [];

beforeAll(async () => {
  scored = await runQuerySet(site, groups);
  console.log(scoreLines(groups, scored));
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
