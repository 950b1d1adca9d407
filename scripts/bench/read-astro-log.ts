/**
 * The phases of an `astro build`, read from its log: collecting build info (content sync and
 * types), bundling with Vite (every page module and every MDX file compiled), and generating
 * the static pages (rendering). Astro prints each phase's time; a phase it did not print is null.
 */

export interface AstroPhases {
  /** "Collecting build info… ✓ Completed in 3.08s": config, content layer sync, types. */
  collectSeconds: number | null;
  /** Sum of "[vite] ✓ built in 2.63s" lines: bundling, MDX compilation included. */
  bundleSeconds: number | null;
  /** "generating static routes … ✓ Completed in 3.88s": rendering every page. */
  renderSeconds: number | null;
  /** "[build] 175 page(s) built": what Astro counts as pages (HTML and endpoints). */
  astroPages: number | null;
  /** "[zhengceku:search-index] search index written in 540 ms" (or "reused in"): Pagefind, run by the build itself. */
  searchIndexSeconds: number | null;
  /** Whether the build reused the last build's search index ("search index reused in …"). */
  searchIndexReused: boolean;
  /** Indexes the search index is in ("indexed 72854 pages for search in 32 indexes (31 by province, …)"); 1 when the log names none. */
  searchIndexes: number;
  /** Pages and endpoint files listed "(cached)" or "(restored)": kept from the last build by the incremental build. */
  restoredPages: number;
  /** Pages and endpoint files listed without that mark: rendered by this build. */
  renderedPages: number;
}

const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** A duration as Astro and Vite print it (`120ms`, `3.88s`, `2m 5s`, `2m`), in seconds. */
const DURATION = String.raw`([\d.]+m?s|\d+m(?: \d+s)?)`;

function seconds(text: string): number {
  const minutes = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2] ?? 0);
  return text.endsWith('ms') ? Number(text.slice(0, -2)) / 1000 : Number(text.slice(0, -1));
}

/**
 * @example readAstroLog('… Collecting build info...\n… ✓ Completed in 3.08s.\n…').collectSeconds // 3.08
 */
export function readAstroLog(log: string): AstroPhases {
  const lines = stripColours(log).split('\n');
  const completedAfter = (marker: string): number | null => {
    const from = lines.findIndex((l) => l.includes(marker));
    if (from < 0) return null;
    for (const line of lines.slice(from + 1)) {
      const m = new RegExp(`✓ Completed in ${DURATION}`).exec(line);
      if (m) return seconds(m[1]);
    }
    return null;
  };
  const vite = lines.map((l) => new RegExp(`\\[vite\\] ✓ built in ${DURATION}`).exec(l)).filter((m) => m !== null);
  const pages = lines.map((l) => /\[build\] (\d+) page\(s\) built/.exec(l)).find((m) => m !== null);
  const listed = lines.filter((l) => /[├└]─ \/\S*/.test(l));
  const restored = listed.filter((l) => /\((cached|restored)\)/.test(l)).length;
  const search = lines.map((l) => /search index (written|reused) in ([\d.]+) ms/.exec(l)).find((m) => m !== null);
  const indexes = lines.map((l) => /pages(?: for search)?(?: from the last build)? in (\d+) indexes/.exec(l)).find((m) => m !== null);
  return {
    collectSeconds: completedAfter('Collecting build info'),
    bundleSeconds: vite.length > 0 ? vite.reduce((n, m) => n + seconds(m[1]), 0) : null,
    renderSeconds: completedAfter('generating static routes'),
    astroPages: pages ? Number(pages[1]) : null,
    searchIndexSeconds: search ? Number(search[2]) / 1000 : null,
    searchIndexReused: search?.[1] === 'reused',
    searchIndexes: indexes ? Number(indexes[1]) : 1,
    restoredPages: restored,
    renderedPages: listed.length - restored,
  };
}
