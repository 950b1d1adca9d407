/** The built site read from disk: every HTML page parsed, with its ids and links, for checks that need no browser. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { DIST } from './static-server.ts';

export interface BuiltPage {
  /** Site path: `/policies/wuhan-2018/`, `/404.html`. */
  path: string;
  file: string;
  tree: Root;
  ids: Set<string>;
  /** Every href and src on the page, with the element that holds it. */
  links: { url: string; element: Element }[];
}

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)]);
}

/** Every file of dist/, as site paths. */
export function builtFiles(root = DIST): string[] {
  return walkFiles(root).map((f) => `/${relative(root, f)}`);
}

let cache: Map<string, BuiltPage> | undefined;

/** Every HTML page of dist/, keyed by its site path. */
export function builtPages(root = DIST): Map<string, BuiltPage> {
  if (cache && root === DIST) return cache;
  const pages = new Map<string, BuiltPage>();
  for (const file of walkFiles(root).filter((f) => f.endsWith('.html'))) {
    const rel = `/${relative(root, file)}`;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const ids = new Set<string>();
    const links: BuiltPage['links'] = [];
    visit(tree, 'element', (element: Element) => {
      const id = element.properties.id;
      if (typeof id === 'string') ids.add(id);
      for (const key of ['href', 'src']) {
        const value = element.properties[key];
        if (typeof value === 'string') links.push({ url: value, element });
      }
    });
    pages.set(path, { path, file, tree, ids, links });
  }
  if (root === DIST) cache = pages;
  return pages;
}

/**
 * Whether a site-internal URL (path and optional #fragment) resolves to a built page, file and anchor.
 * Returns a reason when it does not.
 */
export function checkInternalUrl(url: string, from: string, pages: Map<string, BuiltPage>, files: Set<string>): string | undefined {
  const resolved = new URL(url, `http://site${from}`);
  const path = decodeURIComponent(resolved.pathname);
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  const page = pages.get(path);
  if (!page) return files.has(path) ? (fragment ? `${path} is not a page, but the link has #${fragment}` : undefined) : `no page or file at ${path}`;
  if (fragment && !page.ids.has(fragment)) return `${path} has no element with id "${fragment}"`;
  return undefined;
}

/**
 * Every site-internal link of the built pages that does not resolve, as `page → url: reason`, and
 * how many internal links were checked. Links to other sites and `mailto:` are not checked.
 */
export function brokenInternalLinks(pages: Map<string, BuiltPage>, files: Set<string>): { broken: string[]; checked: number } {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages.values()) {
    for (const { url } of page.links) {
      if (/^(https?:)?\/\//.test(url) || url.startsWith('mailto:')) continue;
      checked++;
      const problem = checkInternalUrl(url, page.path, pages, files);
      if (problem) broken.push(`${page.path} → ${url}: ${problem}`);
    }
  }
  return { broken, checked };
}
