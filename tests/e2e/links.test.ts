/**
 * A link check over the whole built site (no browser needed): every internal link and anchor
 * resolves, nothing points at another host, and every `url` in the open data is a real page or anchor.
 */
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { brokenInternalLinks, builtFiles, builtPages, checkInternalUrl } from '../helpers/site-files.ts';
import { DIST } from '../helpers/static-server.ts';
import { siteUrl } from '../../src/lib/site-url.ts';

const pages = builtPages();
const files = new Set(builtFiles());

describe('the built site', () => {
  it('has a page of every type', () => {
    for (const path of ['/', '/policies/', '/policies/wuhan-2018/', '/policies/hangzhou-2023/zh-hant/', '/policies/wuhan-2018/3-1-1/',
      '/tasks/', '/departments/', '/departments/wuhan-shi-ke-ji-ju/', '/indicators/', '/indicators/bozhou-draft/1-2-table1-r6/', '/topics/', '/topics/pledge-financing/',
      '/data/', '/about/', '/about/repairs/', '/search/', '/404.html']) {
      expect(pages.has(path), path).toBe(true);
    }
  });

  it('has no broken internal link or anchor', () => {
    const { broken, checked } = brokenInternalLinks(pages, files);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
  });

  it('repeats no id on any page, the Simplified copy on a Traditional task page included', () => {
    const repeated: string[] = [];
    for (const page of pages.values()) {
      const seen = new Set<string>();
      visit(page.tree, 'element', (element: Element) => {
        const id = element.properties.id;
        if (typeof id !== 'string') return;
        if (seen.has(id)) repeated.push(`${page.path}#${id}`);
        seen.add(id);
      });
    }
    expect(repeated).toEqual([]);
    expect(pages.has('/policies/hangzhou-2023/2-1-1/')).toBe(true);
  });

  it('links to no other host, and names its own public address only as the canonical link', () => {
    const canonical = (e: Element) => e.tagName === 'link' && (e.properties.rel as string[] | undefined)?.includes('canonical');
    const external = [...pages.values()].flatMap((p) => p.links
      .filter((l) => /^(https?:)?\/\//.test(l.url) && !(canonical(l.element) && l.url.startsWith(siteUrl())))
      .map((l) => `${p.path} → ${l.url}`));
    expect(external).toEqual([]);
  });

  it('gives every open-data url a real page or anchor', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const table of ['documents', 'tasks', 'departments', 'indicators']) {
      const rows = JSON.parse(readFileSync(`${DIST}data/${table}.json`, 'utf8')) as { url: string }[];
      for (const row of rows) {
        checked++;
        const problem = checkInternalUrl(row.url, '/', pages, files);
        if (problem) broken.push(`${table}: ${row.url}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBe(4 + 63 + 81 + 74);
  });
});
