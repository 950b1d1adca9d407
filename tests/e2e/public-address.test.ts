/**
 * Links that work on paper and in memos: the site knows its public address (SITE_URL, read by
 * src/lib/site-url.ts), every page names it as its canonical link, the copied link and the
 * citations carry it, and the build publishes robots.txt and a sitemap of every page.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { publishedUrls } from '../../scripts/permalinks.ts';
import { absoluteUrl, siteUrl } from '../../src/lib/site-url.ts';
import { builtPages } from '../helpers/site-files.ts';
import { useSite } from '../helpers/site.ts';
import { DIST } from '../helpers/static-server.ts';

const pages = builtPages();
/** The pages a reader may link to: every built page but 404 and the redirect pages of moved URLs. */
const linkable = publishedUrls(DIST).filter((u) => u.endsWith('/') && !u.includes('#'));
const site = useSite();

function headElements(path: string, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(pages.get(path)!.tree, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}
const canonicalOf = (path: string) => headElements(path, (e) => e.tagName === 'link' && String(e.properties.rel) === 'canonical')
  .map((e) => String(e.properties.href));

/** The `<loc>`s of a sitemap file of dist/, named by its absolute address. */
function locs(address: string): string[] {
  expect(address.startsWith(siteUrl()), address).toBe(true);
  const file = `${DIST}${address.slice(siteUrl().length)}`;
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
}

describe('the canonical link', () => {
  it('is on every page that has an address, absolute against SITE_URL', () => {
    expect(linkable.length).toBeGreaterThan(300);
    const wrong = linkable.filter((path) => JSON.stringify(canonicalOf(path)) !== JSON.stringify([absoluteUrl(path)]));
    expect(wrong).toEqual([]);
    expect(canonicalOf('/policies/wuhan-2018/3-1-1/')).toEqual([`${siteUrl()}policies/wuhan-2018/3-1-1/`]);
  });

  it('is left off the 404 page, which asks not to be indexed', () => {
    expect(canonicalOf('/404.html')).toEqual([]);
    const robots = headElements('/404.html', (e) => e.tagName === 'meta' && e.properties.name === 'robots');
    expect(robots.map((e) => e.properties.content)).toEqual(['noindex']);
  });
});

describe('the sitemap', () => {
  it('is written by the sitemap integration and published at /sitemap.xml', () => {
    expect(existsSync(`${DIST}sitemap-index.xml`)).toBe(true);
    expect(readFileSync(`${DIST}sitemap.xml`, 'utf8')).toBe(readFileSync(`${DIST}sitemap-index.xml`, 'utf8'));
  });

  it('lists every page with an address, absolute, and nothing else (no 404, no redirect page, no data file)', () => {
    const listed = locs(absoluteUrl('/sitemap.xml')).flatMap(locs);
    expect(listed.length).toBe(new Set(listed).size);
    expect([...listed].sort()).toEqual(linkable.map(absoluteUrl).sort());
    expect(listed).toContain(absoluteUrl('/policies/kunming-2022/2-3/'));
  });
});

describe('robots.txt', () => {
  it('allows crawling and names the sitemap by its absolute address', () => {
    const robots = readFileSync(`${DIST}robots.txt`, 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).toContain(`\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
  });
});

describe('a task’s link and citations', () => {
  it('carry the public address, without JavaScript too, and print it', async () => {
    const { page } = await site.open('/policies/kunming-2022/2-3/', { javaScriptEnabled: false });
    const address = absoluteUrl('/policies/kunming-2022/2-3/');
    expect(await page.locator('#cite-link').innerText()).toBe(address);
    expect(await page.locator('#cite-reference').innerText()).toContain(`. ${address}.`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-foot').innerText()).toContain(`网址：${address}`);
    await page.context().close();
  });
});
