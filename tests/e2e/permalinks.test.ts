/**
 * Links that last: every URL in src/permalinks/urls.txt is built, or declared moved and redirected;
 * every URL the build publishes is in the manifest (adding URLs is deliberate: npm run urls:update).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest, parseMoves } from '../../src/permalinks/redirects.ts';
import { modelUrls } from '../../src/permalinks/model-urls.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { publishedUrls } from '../../scripts/permalinks.ts';
import { DIST } from '../helpers/static-server.ts';
import { seedModel } from '../helpers/seeds.ts';

const root = new URL('../../', import.meta.url).pathname;
const manifest = parseManifest(readFileSync(`${root}src/permalinks/urls.txt`, 'utf8'));
const moves = parseMoves(readFileSync(`${root}src/permalinks/moved.txt`, 'utf8'));
const published = publishedUrls(DIST);

describe('the permalink manifest', () => {
  it('lists hundreds of URLs: pages, open data, anchors of plan text and indicators', () => {
    expect(manifest.length).toBeGreaterThan(500);
    expect(manifest).toContain('/policies/wuhan-2018/#3-1-1');
    expect(manifest).toContain('/policies/wuhan-2018/3-1-1/');
    expect(manifest).toContain('/data/tasks.csv');
  });

  it('has every URL still built, or declared moved', () => {
    const built = new Set(published);
    const moved = new Set(moves.map((m) => m.from));
    expect(manifest.filter((u) => !built.has(u) && !moved.has(u))).toEqual([]);
  });

  it('lists every URL the build publishes (new ones are added with npm run urls:update)', () => {
    const listed = new Set(manifest);
    expect(published.filter((u) => !listed.has(u))).toEqual([]);
  });

  it('covers every URL the model decides', () => {
    const built = new Set(published);
    expect([...modelUrls(seedModel())].filter((u) => !built.has(u))).toEqual([]);
  });

  it('redirects every moved page with a static page and a _redirects line', () => {
    const redirects = readFileSync(`${DIST}_redirects`, 'utf8');
    for (const move of moves.filter((m) => !m.from.includes('#'))) {
      const page = readFileSync(`${DIST}${move.from.slice(1)}index.html`, 'utf8');
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${move.to}">`);
      expect(page).toContain(`<link rel="canonical" href="${absoluteUrl(move.to)}">`);
      expect(redirects).toContain(`${move.from} ${move.to} 301`);
    }
    expect(existsSync(`${DIST}_redirects`)).toBe(true);
  });
});
