/**
 * `npm run bench:search`: serves dist/ and prints, for a fixed list of queries, what the first
 * query on a fresh search page costs (bytes and ms, Pagefind's start-up included), what a warm
 * query costs (Pagefind running, this query's index chunks and results still to fetch), and a
 * repeated one. Targets: first query under 150 KB, warm query under 50 ms. Prints; asserts nothing.
 *
 *   npm run bench:search [-- --runs 5]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureSearchCost, type QueryCost } from './bench/search-cost.ts';
import { BENCH_QUERIES } from './bench/search-queries.ts';


const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs: readonly number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)})`;

const server = await serveStatic();
const browser = await launchBrowser();
try {
  const all: QueryCost[][] = [];
  for (let i = 0; i < runs; i++) all.push(await measureSearchCost(server.url, BENCH_QUERIES, { browser }));
  console.log(`search cost over ${runs} run(s) on ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}: ms as median (best); KB of 1024 bytes.`);
  console.log('"sent" is what this server sent (it does not compress); "gzip" is what a host that gzips text would send (Pagefind\'s own files are gzipped already).');
  const rows = [['query', 'results', 'first KB sent', 'first KB gzip', '= page + pagefind + index + results', 'first ms', 'warm KB gzip', 'warm ms', 'repeat ms']];
  for (const [q, query] of BENCH_QUERIES.entries()) {
    const costs = all.map((run) => run[q]);
    const { parts } = costs[0].first;
    rows.push([
      query, String(costs[0].results), kb(costs[0].first.bytes), kb(costs[0].first.gzipBytes),
      `${kb(parts.page)} + ${kb(parts.pagefind)} + ${kb(parts.index)} + ${kb(parts.fragments + parts.filters)}`,
      ms(costs.map((c) => c.first.ms)), kb(costs[0].warm.gzipBytes), ms(costs.map((c) => c.warm.ms)), ms(costs.map((c) => c.repeat.ms)),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  for (const row of rows) console.log(row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))).join('  '));
  const firsts = all.flat().map((c) => c.first);
  const warms = all.flat().map((c) => c.warm.ms);
  console.log(`first query: at most ${kb(Math.max(...firsts.map((f) => f.bytes)))} KB sent, ${kb(Math.max(...firsts.map((f) => f.gzipBytes)))} KB gzipped (target under 150 KB); ${ms(firsts.map((f) => f.ms))} ms`);
  console.log(`warm query: ${ms(warms)} ms, at most ${Math.max(...warms).toFixed(0)} ms (target under 50 ms); repeated: ${ms(all.flat().map((c) => c.repeat.ms))} ms`);
} finally {
  await browser.close();
  await server.close();
}
