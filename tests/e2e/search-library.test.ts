/**
 * Search by province in a library larger than the seeds: a synthetic corpus of 48 plans indexed
 * with a limit of 1,000 records, so that each province is an index of its own (17 of them) beside
 * the topics' index of 15 records. The query set is asked as a reader of such a library asks it,
 * each query in the province of its answers; a query whose answer is a topic is asked over every
 * province, where the topics' small index is merged with seventeen larger ones and its scores,
 * unweighed, fell below the ten results whose data the page loads (src/client/search/rank.ts,
 * topicsIndexWeight).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { searchRecords } from '../../src/search/records.ts';
import { mean, querySet, runQuerySet, scoreLines, type Scored } from '../helpers/search-quality.ts';
import { useSite } from '../helpers/site.ts';
import { buildSyntheticLibrary } from '../helpers/synthetic-library.ts';

const { content, site: build, dist, model } = buildSyntheticLibrary(48, { SEARCH_INDEX_RECORDS: '1000' });
const provinceOfUrl = new Map(searchRecords(model).map((r) => [r.url, r.province]));
const site = useSite(() => dist);
const groups = querySet();
let scored: Scored[] = [];

beforeAll(async () => {
  if (build?.status !== 0) return;
  scored = await runQuerySet(site, groups, (url) => provinceOfUrl.get(url));
  console.log(`48 plans, searched by province:\n${scoreLines(groups, scored)}`);
}, 600_000);

describe('a library of 48 plans searched by province', () => {
  it('builds an index per province and one of the topics', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(build?.status, `${build?.stdout}${build?.stderr}`).toBe(0);
    const byProvince = /in \d+ indexes \((\d+) by province, and the topics\)/.exec(build?.stdout ?? '');
    expect(Number(byProvince?.[1])).toBeGreaterThanOrEqual(10);
  });

  it('finds the topic a query names over every province, first when the query is the topic’s name', () => {
    const topicsOnly = scored.filter((s) => s.q.endsWith(' (all)'));
    expect(topicsOnly.length).toBeGreaterThanOrEqual(4);
    expect(topicsOnly.filter((s) => s.rr < 1).map((s) => `${s.q} → ${s.results.slice(0, 5).join(' ')}`)).toEqual([]);
  });

  it('answers the query set, each query in the province of its answers: recall@5 at least 0.95', () => {
    expect(scored.length).toBeGreaterThanOrEqual(80);
    expect(mean(scored.map((s) => s.recall))).toBeGreaterThanOrEqual(0.95);
  });
});
