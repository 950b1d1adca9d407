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
 * runs it) → 5 measure dist → 6 search cost (only when dist/pagefind exists): of the whole library
 * when it is one index, else of its largest province and of `province=all`, then the query set's
 * recall@5 and MRR → 7 unchanged rebuild (incremental: Astro restores the pages whose keys are
 * unchanged, the search index is reused).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import type { BenchResult, SearchQuality, SearchSummary } from './bench-result.ts';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import type { SearchScopes } from '../../src/search/contract.ts';
import { searchRecords } from '../../src/search/records.ts';
import { mean, querySet, runQuerySet } from '../../tests/helpers/search-quality.ts';
import type { SiteHandle } from '../../tests/helpers/site.ts';
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

/** The search page's scopes (src/search/scopes.ts), as the built page embeds them. */
function builtScopes(dist: string): SearchScopes {
  const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
  const json = /<script[^>]*id="search-scopes"[^>]*>(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error(`${dist}/search/index.html embeds no #search-scopes; has src/pages/search.astro changed?`);
  return JSON.parse(json) as SearchScopes;
}

/** Records in a province's indexes, from their entry files. */
function provinceRecords(dist: string, folders: readonly string[]): number {
  return folders.reduce((sum, folder) => {
    const entry = JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return sum + Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  }, 0);
}

/** The fixed queries in Chromium against a served site, with `scope` added to each search address. */
async function measureScope(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>, scope: string): Promise<Extract<SearchSummary, { measured: true }>> {
  const costs = await measureSearchCost(url, BENCH_QUERIES, { browser, scope });
  const timings = await timeSearches(url, BENCH_QUERIES, undefined, scope);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const worst = costs.reduce((a, b) => (b.first.gzipBytes > a.first.gzipBytes ? b : a));
  return {
    measured: true,
    queries: costs.length,
    firstKbSent: kb(Math.max(...costs.map((c) => c.first.bytes))),
    firstKbGzip: kb(worst.first.gzipBytes),
    firstParts: Object.fromEntries(Object.entries(worst.first.parts).map(([part, bytes]) => [part, kb(bytes)])) as Extract<SearchSummary, { measured: true }>['firstParts'],
    firstMs: Math.round(median(timings.map((t) => t.firstMs))),
    warmMs: Math.round(median(timings.map((t) => t.warmMs))),
    warmCpuMs: Math.round(median(timings.map((t) => t.warmCpuMs))),
    repeatMs: Math.round(median(timings.map((t) => t.repeatMs))),
    recordedWarmMs: Math.round(median(costs.map((c) => c.warm.ms))),
  };
}

/** A served site for the query set's helper, which the tests otherwise get from useSite. */
function siteHandle(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>, server: Awaited<ReturnType<typeof serveStatic>>): SiteHandle {
  return {
    url: (path) => `${url}${path}`,
    browser: () => browser,
    server: () => server,
    async open(path, options = {}) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...options });
      const page = await context.newPage();
      await page.goto(`${url}${path}`);
      return { page, errors: [] };
    },
  };
}

/**
 * Step 6, search: the fixed queries in Chromium against the built site on a local server — the
 * whole library when it is one index, else its largest province and then every province — and the
 * query set, each query in the province of its answers when the library is searched by province.
 */
async function searchStep(site: SiteSize, dist: string, content: string): Promise<{ search: SearchSummary; searchAll: SearchSummary | null; quality: SearchQuality | null }> {
  if (site.pagefindBytes === null) return { search: { measured: false, reason: 'not built (no dist/pagefind)' }, searchAll: null, quality: null };
  const scopes = builtScopes(dist);
  const server = await serveStatic(`${resolve(dist)}/`);
  const browser = await launchBrowser();
  try {
    let search: SearchSummary;
    let searchAll: SearchSummary | null = null;
    if (scopes.scoped) {
      const sized = scopes.provinces.map((p) => ({ ...p, records: provinceRecords(dist, p.folders) })).sort((a, b) => b.records - a.records);
      const largest = sized[0];
      say(`search by province: the largest is ${largest.name}, ${largest.records} records in ${largest.folders.length} index(es)`);
      search = { ...(await measureScope(server.url, browser, `&province=${encodeURIComponent(largest.name)}`)), province: { name: largest.name, records: largest.records, indexes: largest.folders.length } };
      searchAll = await measureScope(server.url, browser, '&province=all');
    } else {
      search = await measureScope(server.url, browser, '');
    }
    const model = JSON.parse(readFileSync(join(content, 'model.json'), 'utf8')) as PolicyModel;
    const provinceOfUrl = new Map(searchRecords(model).map((r) => [r.url, r.province]));
    const groups = querySet();
    const known = groups.every((g) => g.queries.every((q) => q.expect.every((url) => provinceOfUrl.has(url))));
    let quality: SearchQuality | null = null;
    if (known) {
      const provinceOf = scopes.scoped ? (url: string) => provinceOfUrl.get(url) : undefined;
      const scored = await runQuerySet(siteHandle(server.url, browser, server), groups, provinceOf);
      const inOneProvince = scored.filter((x) => !x.q.endsWith('(all)') && x.q.endsWith(')')).length;
      quality = { scope: scopes.scoped ? 'by province' : 'whole', queries: scored.length, recall: mean(scored.map((x) => x.recall)), mrr: mean(scored.map((x) => x.rr)), inOneProvince };
    }
    return { search, searchAll, quality };
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
  const { search, searchAll, quality } = await searchStep(site, dist, content);
  const told = (x: SearchSummary) => (x.measured
    ? `first query ≤ ${x.firstKbGzip} KB gzip (${x.firstKbSent} KB sent), ${x.firstMs} ms; warm ${x.warmMs} ms wall, ${x.warmCpuMs} ms main-thread CPU (${x.recordedWarmMs} ms under Playwright); repeated ${x.repeatMs} ms`
    : x.reason);
  say(`N=${n}: search${search.measured && search.province ? ` of ${search.province.name}` : ''}: ${told(search)}`);
  if (searchAll) say(`N=${n}: search of every province: ${told(searchAll)}`);
  if (quality) say(`N=${n}: query set (${quality.scope}): ${quality.queries} queries, recall@5 ${quality.recall.toFixed(3)}, MRR ${quality.mrr.toFixed(3)}`);

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
    searchAll,
    quality,
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
