/**
 * `npm run bench:search`: serves dist/ and prints, for a fixed list of queries, what the first
 * query on a fresh search page costs (bytes and ms, Pagefind's start-up included), what a warm
 * query costs (Pagefind running, this query's index chunks and results still to fetch), and a
 * repeated one. Targets: first query under 150 KB, warm query under 50 ms. Prints; asserts nothing.
 *
 * Bytes are recorded under Playwright; milliseconds in a Chromium that records no request
 * (scripts/bench/bare-chromium.ts), since recording each request slows it. The warm query's
 * milliseconds under Playwright are printed beside them.
 *
 * In a library searched by province, `--province 浙江` searches that province and `--province all`
 * every province.
 *
 *   npm run bench:search [-- --runs 5] [-- --province 浙江]
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { measureSearchCost, type QueryCost } from './bench/search-cost.ts';
import { timeSearches, type QueryTiming } from './bench/search-timing.ts';
import { BENCH_QUERIES } from './bench/search-queries.ts';


const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, province: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));
const scope = values.province ? `&province=${encodeURIComponent(values.province)}` : '';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (xs: readonly number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)})`;

const server = await serveStatic();
const browser = await launchBrowser();
try {
  const all: QueryCost[][] = [];
  const times: QueryTiming[][] = [];
  for (let i = 0; i < runs; i++) {
    all.push(await measureSearchCost(server.url, BENCH_QUERIES, { browser, scope }));
    times.push(await timeSearches(server.url, BENCH_QUERIES, undefined, scope));
  }
  console.log(`search cost over ${runs} run(s) on ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}: ms as median (best); KB of 1024 bytes.`);
  console.log('"sent" is what this server sent (it does not compress); "gzip" is what a host that gzips text would send (Pagefind\'s own files are gzipped already).');
  console.log('ms are timed in a Chromium that records no request; "warm ms, recorded" is the warm query under Playwright, which records every request and so slows each one.');
  const rows = [['query', 'results', 'first KB sent', 'first KB gzip', '= page + pagefind + index + results', 'first ms', 'warm KB gzip', 'warm ms', 'repeat ms', 'warm ms, recorded']];
  for (const [q, query] of BENCH_QUERIES.entries()) {
    const costs = all.map((run) => run[q]);
    const timings = times.map((run) => run[q]);
    const { parts } = costs[0].first;
    rows.push([
      query, String(costs[0].results), kb(costs[0].first.bytes), kb(costs[0].first.gzipBytes),
      `${kb(parts.page)} + ${kb(parts.pagefind)} + ${kb(parts.index)} + ${kb(parts.fragments + parts.filters)}`,
      ms(timings.map((t) => t.firstMs)), kb(costs[0].warm.gzipBytes), ms(timings.map((t) => t.warmMs)), ms(timings.map((t) => t.repeatMs)),
      ms(costs.map((c) => c.warm.ms)),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))));
  for (const row of rows) console.log(row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))).join('  '));
  const firsts = all.flat().map((c) => c.first);
  const timed = times.flat();
  const warms = timed.map((t) => t.warmMs);
  console.log(`first query: at most ${kb(Math.max(...firsts.map((f) => f.bytes)))} KB sent, ${kb(Math.max(...firsts.map((f) => f.gzipBytes)))} KB gzipped (target under 150 KB); ${ms(timed.map((t) => t.firstMs))} ms`);
  console.log(`warm query: ${ms(timed.map((t) => t.warmCpuMs))} ms of main-thread CPU (target under 50 ms); ${ms(warms)} ms wall, at most ${Math.max(...warms).toFixed(0)} ms; repeated: ${ms(timed.map((t) => t.repeatMs))} ms`);
  console.log(`warm query under Playwright, recording every request: ${ms(all.flat().map((c) => c.warm.ms))} ms`);
} finally {
  await browser.close();
  await server.close();
}
