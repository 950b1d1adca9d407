/**
 * The benchmark as Markdown: the machine, then tables of build cost, stages and output per
 * corpus size, for the terminal and for docs/benchmarks.md (between two markers, so that the
 * notes written below them by hand survive the next run).
 */
import { cpus, totalmem } from 'node:os';
import type { BenchResult, SearchSummary } from './bench-result.ts';

const MARK_START = '<!-- bench:start (written by npm run bench; edit outside these markers) -->';
const MARK_END = '<!-- bench:end -->';

/** `1536000` → `1.5 MB` (powers of 1,000, as du --si). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

const s = (seconds: number | null | undefined, digits = 1) => (seconds === null || seconds === undefined ? '—' : seconds.toFixed(digits));
const n = (value: number) => value.toLocaleString('en-US');

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The stage that took the longest wall time, named. */
export function dominantStage(r: BenchResult): string {
  const stages: [string, number | null][] = [
    ['pipeline', r.content.pipelineSeconds],
    ['MDX generation', r.content.mdxSeconds],
    ['astro: collect (content sync)', r.astro.collectSeconds],
    ['astro: bundle (Vite, MDX compile)', r.astro.bundleSeconds],
    ['astro: render pages', r.astro.renderSeconds],
    ['pagefind', r.pagefind?.wallSeconds ?? null],
  ];
  const [name, seconds] = stages.filter((x): x is [string, number] => x[1] !== null).sort((a, b) => b[1] - a[1])[0];
  return `${name} (${Math.round((100 * seconds) / r.total.wallSeconds)} %)`;
}

/** The machine the numbers come from. */
export function machine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${process.platform}`;
}

/**
 * A stage's peak, and each program's own peak where more than one ran: `5.9 GB (pagefind_extended 5.7 GB, node 1.7 GB)`.
 * @example programPeaks({ peakRssBytes: 2e9, peakRssByProgram: { node: 2e9 } }) // '2.0 GB'
 */
export function programPeaks(cost: { peakRssBytes: number; peakRssByProgram?: Record<string, number> }): string {
  const programs = Object.entries(cost.peakRssByProgram ?? {}).filter(([, bytes]) => bytes >= 50e6).sort((a, b) => b[1] - a[1]);
  const total = formatBytes(cost.peakRssBytes);
  return programs.length > 1 ? `${total} (${programs.map(([name, bytes]) => `${name} ${formatBytes(bytes)}`).join(', ')})` : total;
}

/** The unchanged rebuild: its time, the pages kept rather than rendered, and whether the search index was reused. */
function rebuildCell(r: BenchResult): string {
  const { rebuild } = r;
  if (!rebuild) return '—';
  const pages = rebuild.restoredPages === undefined ? '' : `; ${n(rebuild.restoredPages)} pages restored, ${n(rebuild.renderedPages)} rendered`;
  const index = rebuild.searchIndexReused === undefined ? '' : rebuild.searchIndexReused ? '; search index reused' : '; search index written again';
  return `${s(rebuild.wallSeconds)}${pages}${index}`;
}

/** The tables for a set of results, smallest corpus first. */
export function formatTables(results: readonly BenchResult[]): string {
  const rows = [...results].sort((a, b) => a.n - b.n);
  const build = table(
    ['N', 'plans', 'tasks', 'departments', 'pages', 'wall s', 'CPU s', 'wall s/page', 'CPU ms/page', 'peak RSS', 'unchanged rebuild: s, pages, search index'],
    rows.map((r) => [n(r.n), n(r.corpus.plans), n(r.corpus.tasks), n(r.corpus.departments), n(r.site.pages), s(r.total.wallSeconds),
      s(r.total.cpuSeconds), (r.total.wallSeconds / r.site.pages).toFixed(4), ((1000 * r.total.cpuSeconds) / r.site.pages).toFixed(1),
      formatBytes(r.total.peakRssBytes), rebuildCell(r)]),
  );
  const stages = table(
    ['N', 'pipeline s', 'model.json s', 'MDX gen s', 'content RSS', 'astro collect s', 'astro bundle s', 'astro render s', 'astro RSS (by program)', 'pagefind s', 'dominant stage'],
    rows.map((r) => [n(r.n), s(r.content.pipelineSeconds, 2), s(r.content.modelJsonSeconds, 2), s(r.content.mdxSeconds, 2), formatBytes(r.content.peakRssBytes),
      s(r.astro.collectSeconds, 2), s(r.astro.bundleSeconds, 2), s(r.astro.renderSeconds, 2), programPeaks(r.astro),
      r.pagefind ? s(r.pagefind.wallSeconds, 2) : s(r.astro.searchIndexSeconds ?? null, 2), dominantStage(r)]),
  );
  const first = (x: SearchSummary | null | undefined) => (x?.measured ? `${x.firstKbGzip} KB gzip (${x.firstKbSent} KB sent), ${x.firstMs} ms` : '—');
  const warm = (x: SearchSummary | null | undefined) => (x?.measured
    ? `${x.warmCpuMs === undefined ? '' : `${x.warmCpuMs} ms CPU; `}${x.warmMs} ms wall (repeat ${x.repeatMs} ms${x.recordedWarmMs === undefined ? '' : `; ${x.recordedWarmMs} ms under Playwright`})`
    : '—');
  const output = table(
    ['N', 'dist', 'Pagefind index', 'largest page', '/tasks/', '/departments/', 'search scope', 'first query', 'warm query', 'province=all: first', 'province=all: warm'],
    rows.map((r) => {
      const page = (path: string) => formatBytes(r.site.byRoute[path]?.bytes ?? null);
      const top = r.site.largest[0];
      const indexes = r.astro.searchIndexes ?? 1;
      const scope = r.search.measured && r.search.province
        ? `${r.search.province.name} (largest province: ${n(r.search.province.records)} records, ${r.search.province.indexes} index${r.search.province.indexes > 1 ? 'es' : ''})`
        : 'whole library';
      return [n(r.n), formatBytes(r.site.bytes), `${formatBytes(r.site.pagefindBytes)}${indexes > 1 ? ` in ${indexes} indexes` : ''}`, `${top.path} ${formatBytes(top.bytes)}`,
        page('/tasks/'), page('/departments/'), scope, first(r.search), warm(r.search), first(r.searchAll), warm(r.searchAll)];
    }),
  );
  const routes = [...new Set(rows.flatMap((r) => Object.keys(r.site.byRoute)))]
    .sort((a, b) => (rows.at(-1)!.site.byRoute[b]?.bytes ?? 0) - (rows.at(-1)!.site.byRoute[a]?.bytes ?? 0));
  const byRoute = table(
    ['route', ...rows.map((r) => `N = ${n(r.n)}: pages, bytes`)],
    routes.map((route) => [`\`${route}\``, ...rows.map((r) => {
      const x = r.site.byRoute[route];
      return x ? `${n(x.pages)}, ${formatBytes(x.bytes)}` : '—';
    })]),
  );
  const searchLine = (x: SearchSummary) => (x.measured
    ? `${x.queries} queries; first query on a fresh page at most ${x.firstKbGzip} KB gzip (${x.firstKbSent} KB as this server sent it)${x.firstParts ? ` = page ${x.firstParts.page} + Pagefind start-up ${x.firstParts.pagefind} + index chunks ${x.firstParts.index} + fragments ${x.firstParts.fragments} + filters ${x.firstParts.filters} KB` : ''}, median ${x.firstMs} ms; warm query median ${x.warmCpuMs === undefined ? '' : `${x.warmCpuMs} ms of main-thread CPU, `}${x.warmMs} ms wall${x.recordedWarmMs === undefined ? '' : ` (${x.recordedWarmMs} ms under Playwright, which records every request)`}; the same query repeated ${x.repeatMs} ms`
    : `search: ${x.reason}`);
  const searchLines = rows.flatMap((r) => [
    `- N = ${n(r.n)}${r.search.measured && r.search.province ? `, ${r.search.province.name} (the largest province)` : ', the whole library'}: ${searchLine(r.search)}`,
    ...(r.searchAll ? [`- N = ${n(r.n)}, province=all: ${searchLine(r.searchAll)}`] : []),
    ...(r.quality ? [`- N = ${n(r.n)}, query set (tests/search/queries.json${r.quality.scope === 'by province' ? `, each query asked in each province of its answers, expecting that province's: ${r.quality.inOneProvince} of one province, the rest, which expect only topics, of province=all` : ''}): ${r.quality.queries} queries, recall@5 ${r.quality.recall.toFixed(3)}, MRR ${r.quality.mrr.toFixed(3)}`] : []),
  ]);
  return [
    '### Build', build,
    '### Stages (wall seconds; RSS is the largest process of the stage)', stages,
    '### Output', output,
    '### HTML by route', byRoute,
    '### Search', searchLines.join('\n'),
  ].join('\n\n');
}

/**
 * docs/benchmarks.md with the generated part replaced; anything outside the markers is kept.
 * @example benchmarksDoc(previousText, results, corpusNote) // '# Benchmarks\n…<!-- bench:start …'
 */
export function benchmarksDoc(previous: string | null, results: readonly BenchResult[], corpusNote: string): string {
  const rows = [...results].sort((a, b) => a.n - b.n);
  const generated = [
    MARK_START,
    `Machine: ${machine()}.`,
    '',
    rows.map((r) => `- N = ${n(r.n)} measured ${r.date.slice(0, 16).replace('T', ' ')} UTC at \`${r.commit}\`, seeds from \`${r.corpus.seedsDir}\``).join('\n'),
    '',
    corpusNote,
    '',
    formatTables(rows),
    MARK_END,
  ].join('\n');
  if (previous && previous.includes(MARK_START) && previous.includes(MARK_END)) {
    return previous.slice(0, previous.indexOf(MARK_START)) + generated + previous.slice(previous.indexOf(MARK_END) + MARK_END.length);
  }
  return `# Benchmarks\n\nHow build time, memory, output and search grow with the number of plans. Run \`npm run bench\` (N = 4, 100 and 1,000) or \`npm run bench -- --n 100\`; see scripts/bench/run.ts.\n\n${generated}\n`;
}
