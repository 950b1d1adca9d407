/**
 * The URLs a build publishes, read from dist/: every page, every open-data file, every anchor of a
 * plan's text, every indicator's anchor. These are what memos link to; src/permalinks/urls.txt
 * keeps every one ever published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const REDIRECT = /<meta http-equiv="refresh"/i;

/** Anchors that are part of the site's promise: ids in a plan's text, and indicator rows. */
function anchorsOf(path: string, html: string): string[] {
  const planText = /^\/policies\/[^/]+\/$/.test(path);
  const indicators = path === '/indicators/';
  if (!planText && !indicators) return [];
  const ids: string[] = [];
  visit(fromHtml(html), 'element', (element: Element, _index, parent) => {
    void parent;
    const id = element.properties.id;
    if (typeof id !== 'string') return;
    if (indicators && element.tagName === 'tr') ids.push(id);
  });
  if (planText) {
    const article = /<article class="plan-text"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    visit(fromHtml(article, { fragment: true }), 'element', (element: Element) => {
      if (typeof element.properties.id === 'string') ids.push(element.properties.id);
    });
  }
  return ids.map((id) => `${path}#${id}`);
}

/**
 * Every published URL of a built site, sorted.
 * @example publishedUrls('dist') // ['/', '/about/', …, '/policies/wuhan-2018/#3-1-1', …]
 */
export function publishedUrls(dist: string): string[] {
  const urls: string[] = [];
  for (const file of walk(dist)) {
    const rel = `/${relative(dist, file)}`;
    if (rel.startsWith('/data/') && !rel.endsWith('.html')) {
      urls.push(rel);
      continue;
    }
    if (!rel.endsWith('.html') || rel === '/404.html') continue;
    const html = readFileSync(file, 'utf8');
    if (REDIRECT.test(html)) continue;
    const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    urls.push(path, ...anchorsOf(path, html));
  }
  return [...new Set(urls)].sort();
}
