/**
 * What a build wrote: how many HTML pages, how many bytes in all, the Pagefind index if there
 * is one, and the largest pages, named by their route (the index pages that list everything
 * are the ones that grow with the corpus).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SiteSize {
  pages: number;
  bytes: number;
  /** Bytes of dist/pagefind, or null when the build made no Pagefind index. */
  pagefindBytes: number | null;
  /** The largest HTML pages, largest first, as site paths. */
  largest: { path: string; bytes: number }[];
  /** Total bytes of HTML pages per route family (`/policies/[slug]/[task]/`, `/departments/[id]/`, …). */
  byRoute: Record<string, { pages: number; bytes: number }>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** The page routes of src/pages as segment lists: `policies/[slug]/[task].astro` → ['policies', '[slug]', '[task]']. */
function pageRoutes(pagesDir = 'src/pages'): string[][] {
  return files(pagesDir)
    .filter((f) => f.endsWith('.astro'))
    .map((f) => relative(pagesDir, f).split(sep).join('/').replace(/\.astro$/, '').replace(/(^|\/)index$/, '').split('/').filter(Boolean));
}

/**
 * The route family of a page path, by the page file that made it; a static segment is preferred
 * to a parameter, so `/policies/wuhan-2018/zh-hans/` is `/policies/[slug]/zh-hans/`. A path no
 * route matches (a redirect page) is its own family.
 * @example routeOf('/policies/wuhan-2018/3-1-1/') // '/policies/[slug]/[task]/'
 */
export function routeOf(path: string, routes: string[][] = pageRoutes()): string {
  const parts = path.split('/').filter(Boolean);
  const matches = routes.filter((r) => r.length === parts.length && r.every((seg, i) => seg.startsWith('[') || seg === parts[i]));
  const statics = (r: string[]) => r.filter((seg) => !seg.startsWith('[')).length;
  const best = matches.sort((a, b) => statics(b) - statics(a))[0];
  return best ? `/${best.map((seg) => `${seg}/`).join('')}` : path;
}

/**
 * @example measureSite('.bench/n-4/dist').pages // 175
 */
export function measureSite(dist: string, keepLargest = 8): SiteSize {
  const all = files(dist);
  const pages = all.filter((f) => f.endsWith('.html')).map((f) => {
    const path = `/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, '');
    return { path, bytes: statSync(f).size };
  });
  const byRoute: SiteSize['byRoute'] = {};
  const routes = pageRoutes();
  for (const page of pages) {
    const route = (byRoute[routeOf(page.path, routes)] ??= { pages: 0, bytes: 0 });
    route.pages++;
    route.bytes += page.bytes;
  }
  const pagefind = join(dist, 'pagefind');
  return {
    pages: pages.length,
    bytes: all.reduce((n, f) => n + statSync(f).size, 0),
    pagefindBytes: existsSync(pagefind) ? files(pagefind).reduce((n, f) => n + statSync(f).size, 0) : null,
    largest: pages.sort((a, b) => b.bytes - a.bytes).slice(0, keepLargest),
    byRoute,
  };
}
