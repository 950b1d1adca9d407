/**
 * `npm run bench:search`: serves dist/ and prints, for a fixed list of queries, what the first
 * query on a fresh search page costs (bytes, ms, Pagefind's start-up included) and what a warm
 * query costs. Targets: first query under 150 KB, warm query under 50 ms. Prints; asserts nothing.
 *
 *   npm run bench:search [-- --runs 3]
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureSearchCost, type QueryCost } from './bench/search-cost.ts';

/** A unit, a theme, a Traditional title, an indicator, a number, a phrase: one of each sort of query. */
export const BENCH_QUERIES = ['市科技局', '专利导航', '質押融資', '每万人口高价值发明专利拥有量', '2.5万件', '知识产权保护中心'] as const;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveStatic();
const browser = await launchBrowser();
try {
  const all: QueryCost[][] = [];
  for (let i = 0; i < runs; i++) all.push(await measureSearchCost(server.url, BENCH_QUERIES, { browser }));
  console.log(`search cost, median of ${runs} run(s); KB = 1024 bytes; "gzip" = had the server gzipped text as static hosts do`);
  console.log('query'.padEnd(18), 'results', ' first: KB sent  KB gzip (page+pagefind+index+fragments)   ms', '  warm: KB gzip   ms');
  for (const [q, query] of BENCH_QUERIES.entries()) {
    const costs = all.map((run) => run[q]);
    const pick = (f: (c: QueryCost) => number) => median(costs.map(f));
    const parts = costs[0].first.parts;
    console.log(
      query.padEnd(18 - query.length),
      String(costs[0].results).padStart(7),
      kb(pick((c) => c.first.bytes)).padStart(14),
      kb(pick((c) => c.first.gzipBytes)).padStart(8),
      `(${kb(parts.page)}+${kb(parts.pagefind)}+${kb(parts.index)}+${kb(parts.fragments)})`.padEnd(30),
      pick((c) => c.first.ms).toFixed(0).padStart(5),
      kb(pick((c) => c.warm.gzipBytes)).padStart(13),
      pick((c) => c.warm.ms).toFixed(1).padStart(6),
    );
  }
  const firsts = all.flat().map((c) => c.first);
  const warms = all.flat().map((c) => c.warm);
  console.log(`first query: at most ${kb(Math.max(...firsts.map((f) => f.bytes)))} KB sent (${kb(Math.max(...firsts.map((f) => f.gzipBytes)))} KB gzipped), median ${median(firsts.map((f) => f.ms)).toFixed(0)} ms; target under 150 KB`);
  console.log(`warm query: median ${median(warms.map((w) => w.ms)).toFixed(1)} ms, at most ${Math.max(...warms.map((w) => w.ms)).toFixed(1)} ms; target under 50 ms`);
} finally {
  await browser.close();
  await server.close();
}
