/**
 * The scaling benchmark (issue 6): builds the site for N plans (4 = the real seeds, else a
 * synthetic corpus) into .bench/n-<N>/, stage by stage, and prints per N what it cost and what
 * it wrote; docs/benchmarks.md gets the tables of the latest run of each N.
 *
 *   npm run bench                      N = 4, 100 and 1,000
 *   npm run bench -- --n 100           one size (repeat --n for more)
 *   npm run bench -- --no-rebuild      skip the second, unchanged astro build
 *
 * Steps per N: 1 corpus → 2 build:content → 3 astro build → 4 pagefind (when the project's build
 * runs it) → 5 measure dist → 6 search cost (only when dist/pagefind exists) → 7 unchanged rebuild
 * (incremental: Astro restores the pages whose keys are unchanged, the search index is reused).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { BenchResult, SearchSummary } from './bench-result.ts';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { measureSearchCost } from './search-cost.ts';
import { timeSearches } from './search-timing.ts';
import { BENCH_QUERIES } from './search-queries.ts';
import { CORPUS_DEFAULTS } from './corpus-defaults.ts';
import { measureCommand, type StageCost } from './measure-command.ts';
import { measureSite, type SiteSize } from './measure-site.ts';
import { readAstroLog } from './read-astro-log.ts';
import { generateCorpus } from './synthetic-corpus.ts';
import { benchmarksDoc, dominantStage, formatBytes, formatTables, programPeaks } from './write-report.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', multiple: true, default: ['4', '100', '1000'] },
    seed: { type: 'string', default: String(CORPUS_DEFAULTS.seed) },
    rebuild: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const sizes = values.n.flatMap((v) => v.split(',')).map(Number);
if (sizes.some((x) => !Number.isInteger(x) || x < 4)) {
  console.error(`--n takes whole numbers of plans, at least 4 (the real seeds): got ${values.n.join(', ')}.`);
  process.exit(1);
}
const seed = Number(values.seed);
const BENCH = '.bench';
const RESULTS = join(BENCH, 'results');
const ASTRO = join('node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
const node = process.execPath;

const say = (line: string) => console.log(`[bench] ${line}`);
const cost = (c: StageCost) => `${c.wallSeconds.toFixed(1)} s wall, ${c.cpuSeconds.toFixed(1)} s CPU, peak ${programPeaks(c)}`;

/** Whether the project's own `npm run build` runs Pagefind, so the benchmark must too. */
function buildRunsPagefind(): boolean {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return /\bpagefind\b/.test(pkg.scripts.build ?? '');
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Step 6, search: the fixed queries in Chromium against the built site on a local server. */
async function searchStep(site: SiteSize, dist: string): Promise<SearchSummary> {
  if (site.pagefindBytes === null) return { measured: false, reason: 'not built (no dist/pagefind)' };
  const server = await serveStatic(`${resolve(dist)}/`);
  const browser = await launchBrowser();
  try {
    const costs = await measureSearchCost(server.url, BENCH_QUERIES, { browser });
    const timings = await timeSearches(server.url, BENCH_QUERIES);
    const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
    return {
      measured: true,
      queries: costs.length,
      firstKbSent: kb(Math.max(...costs.map((c) => c.first.bytes))),
      firstKbGzip: kb(Math.max(...costs.map((c) => c.first.gzipBytes))),
      firstMs: Math.round(median(timings.map((t) => t.firstMs))),
      warmMs: Math.round(median(timings.map((t) => t.warmMs))),
      repeatMs: Math.round(median(timings.map((t) => t.repeatMs))),
      recordedWarmMs: Math.round(median(costs.map((c) => c.warm.ms))),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function totals(stages: (StageCost | null)[]): StageCost {
  const present = stages.filter((x): x is StageCost => x !== null);
  return {
    wallSeconds: present.reduce((t, c) => t + c.wallSeconds, 0),
    cpuSeconds: present.reduce((t, c) => t + c.cpuSeconds, 0),
    peakRssBytes: Math.max(...present.map((c) => c.peakRssBytes)),
  };
}

async function benchOne(n: number): Promise<BenchResult> {
  const dir = join(BENCH, `n-${n}`);
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  const cache = join(dir, 'astro-cache');
  mkdirSync(dir, { recursive: true });

  // 1. corpus
  let seedsDir: string = CORPUS_DEFAULTS.seedsDir;
  if (n !== readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).length) {
    seedsDir = join(dir, 'corpus');
    const corpus = generateCorpus({ ...CORPUS_DEFAULTS, size: n, seed, outDir: seedsDir });
    say(`N=${n}: corpus of ${corpus.plans} plans (${corpus.traditional} Traditional, ${corpus.cities} cities) in ${seedsDir}/`);
  }

  // 2. build:content
  rmSync(content, { recursive: true, force: true });
  const contentLog = join(dir, 'build-content.log');
  const contentCost = await measureCommand(node, ['scripts/build-content.ts', '--seeds', seedsDir, '--out', content, '--quiet', '--timings'], {}, contentLog);
  const contentText = readFileSync(contentLog, 'utf8');
  const counts = /content: (\d+) plans, (\d+) tasks, (\d+) departments, (\d+) indicators/.exec(contentText);
  const timings = /timings: pipeline ([\d.]+) s[^,]*, model\.json ([\d.]+) s[^,]*, mdx ([\d.]+) s/.exec(contentText);
  if (!counts || !timings) throw new Error(`${contentLog} lacks the counts or timings line of build-content; has its output changed?`);
  say(`N=${n}: build:content ${cost(contentCost)} (pipeline ${timings[1]} s, MDX ${timings[3]} s)`);

  // 3. astro build, cold: no dist, no data store
  rmSync(dist, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { CONTENT_DIR: content, DIST_DIR: dist, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  const astroLog = join(dir, 'astro-build.log');
  say(`N=${n}: astro build → ${dist}/ (log: ${astroLog})`);
  const astroCost = await measureCommand(node, [ASTRO, 'build'], env, astroLog);
  const astro = { ...astroCost, ...readAstroLog(readFileSync(astroLog, 'utf8')) };
  say(`N=${n}: astro build ${cost(astroCost)} (collect ${astro.collectSeconds} s, bundle ${astro.bundleSeconds?.toFixed(2)} s, render ${astro.renderSeconds} s)`);

  // 4. pagefind: the build runs it (src/integrations/search-index.ts) and logs its time; a
  // project whose build script called the Pagefind CLI instead is measured here.
  let pagefind: StageCost | null = null;
  if (buildRunsPagefind()) {
    pagefind = await measureCommand(node, [PAGEFIND, '--site', dist], {}, join(dir, 'pagefind.log'));
    say(`N=${n}: pagefind ${cost(pagefind)}`);
  } else if (astro.searchIndexSeconds !== null) {
    say(`N=${n}: search index written by the build in ${astro.searchIndexSeconds.toFixed(2)} s`);
  }

  // 5. what was written
  const site = measureSite(dist);
  say(`N=${n}: ${site.pages} pages, ${formatBytes(site.bytes)}; largest ${site.largest[0].path} ${formatBytes(site.largest[0].bytes)}`);

  // 6. search
  const search = await searchStep(site, dist);
  say(`N=${n}: search: ${search.measured
    ? `first query ≤ ${search.firstKbGzip} KB gzip (${search.firstKbSent} KB sent), ${search.firstMs} ms; warm ${search.warmMs} ms (${search.recordedWarmMs} ms under Playwright); repeated ${search.repeatMs} ms`
    : search.reason}`);

  // 7. the same build again, nothing changed: what Astro reuses
  let rebuild: BenchResult['rebuild'] = null;
  if (values.rebuild) {
    const rebuildLog = join(dir, 'astro-rebuild.log');
    const rebuildCost = await measureCommand(node, [ASTRO, 'build'], env, rebuildLog);
    rebuild = { ...rebuildCost, ...readAstroLog(readFileSync(rebuildLog, 'utf8')) };
    say(`N=${n}: unchanged rebuild ${cost(rebuildCost)}; ${rebuild.restoredPages} pages restored, ${rebuild.renderedPages} rendered (${rebuild.renderSeconds} s); search index ${rebuild.searchIndexReused ? 'reused' : 'written again'}`);
  }

  const result: BenchResult = {
    n,
    date: new Date().toISOString(),
    commit: execFileSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' }).trim(),
    corpus: { seedsDir, seed: seedsDir === CORPUS_DEFAULTS.seedsDir ? null : seed, plans: Number(counts[1]), tasks: Number(counts[2]), departments: Number(counts[3]), indicators: Number(counts[4]) },
    content: { ...contentCost, pipelineSeconds: Number(timings[1]), modelJsonSeconds: Number(timings[2]), mdxSeconds: Number(timings[3]) },
    astro,
    pagefind,
    total: totals([contentCost, astroCost, pagefind]),
    rebuild,
    site,
    search,
  };
  say(`N=${n}: total ${cost(result.total)}; dominant stage: ${dominantStage(result)}`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `n-${n}.json`), `${JSON.stringify(result, null, 1)}\n`);
  return result;
}

const measured: BenchResult[] = [];
for (const size of sizes) measured.push(await benchOne(size));
console.log(`\n${formatTables(measured)}\n`);

const saved = readdirSync(RESULTS).filter((f) => /^n-\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(join(RESULTS, f), 'utf8')) as BenchResult)
  .filter((r) => [4, 100, 1000].includes(r.n));
const doc = join('docs', 'benchmarks.md');
mkdirSync('docs', { recursive: true });
const corpusNote = `Corpus: the four real seeds, plus synthetic plans made by scripts/bench/generate-corpus.ts (seed ${seed}; ${CORPUS_DEFAULTS.traditionalShare * 100} % Traditional reposts, ${CORPUS_DEFAULTS.secondPlanShare * 100} % second plans of a city, owner statements swapped with probability ${CORPUS_DEFAULTS.statementSwapRate}).`;
writeFileSync(doc, benchmarksDoc(existsSync(doc) ? readFileSync(doc, 'utf8') : null, saved, corpusNote));
say(`${doc}: ${saved.map((r) => `N=${r.n}`).join(', ')}`);
