import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { anchorAliases, parseMoves, redirectPage, redirectsFile } from '../../src/permalinks/redirects.ts';
import { MOVED_FILE, ownMovedFile, permalinks } from '../../src/integrations/permalinks.ts';
import { absoluteUrl } from '../../src/lib/site-url.ts';
import { renderContext } from '../../src/render/context.ts';
import { renderOutline } from '../../src/render/outline.ts';
import { toHtml } from 'hast-util-to-html';
import { seedModel } from '../helpers/seeds.ts';
import { scratchDir } from '../helpers/scratch.ts';

describe('moved URLs', () => {
  it('are read as "old new" lines, with a message naming the line of a malformed one', () => {
    expect(parseMoves('# comment\n/policies/a/ /policies/b/\n\n/policies/a/#1 /policies/a/#2\n')).toEqual([
      { from: '/policies/a/', to: '/policies/b/', line: 2 },
      { from: '/policies/a/#1', to: '/policies/a/#2', line: 4 },
    ]);
    expect(() => parseMoves('/a/\n', 'moved.txt')).toThrow('moved.txt:1: expected "old-url new-url"');
  });

  it('leave a redirect page with meta refresh, an absolute rel=canonical and a visible link', () => {
    const page = redirectPage('/policies/b/');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/policies/b/">');
    expect(page).toContain(`<link rel="canonical" href="${absoluteUrl('/policies/b/')}">`);
    expect(absoluteUrl('/policies/b/')).toMatch(/^https?:\/\/[^/]+\/policies\/b\/$/);
    expect(page).toContain('<a href="/policies/b/">/policies/b/</a>');
    expect(page).toContain('http-equiv="content-security-policy"');
  });

  it('write a _redirects line per moved page, and none for anchors a host cannot redirect', () => {
    expect(redirectsFile(parseMoves('/a/ /b/\n/c/#1 /c/#2\n'))).toBe('/a/ /b/ 301\n');
  });

  it('are written into the built site by the integration, which refuses a move to a page that was not built', async () => {
    const dist = scratchDir('dist-');
    mkdirSync(join(dist, 'policies', 'b'), { recursive: true });
    writeFileSync(join(dist, 'policies', 'b', 'index.html'), '<p>b</p>');
    const moved = join(dist, 'moved.txt');
    writeFileSync(moved, '/policies/a/ /policies/b/\n');
    const logger = { info: () => {} };
    const run = (file: string) => (permalinks(file).hooks['astro:build:done'] as (o: unknown) => void)({ dir: pathToFileURL(`${dist}/`), logger });
    run(moved);
    expect(readFileSync(join(dist, 'policies', 'a', 'index.html'), 'utf8')).toContain('url=/policies/b/');
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toBe('/policies/a/ /policies/b/ 301\n');
    writeFileSync(moved, '/policies/c/ /policies/nowhere/\n');
    expect(() => run(moved)).toThrow(/moved.txt:1: .* no page at \/policies\/nowhere\//);
  });

  it('are the project’s own: a library of other seeds (CONTENT_DIR elsewhere) applies none of them', () => {
    const before = process.env.CONTENT_DIR;
    try {
      delete process.env.CONTENT_DIR;
      expect(ownMovedFile()).toBe(MOVED_FILE);
      process.env.CONTENT_DIR = scratchDir('content-');
      expect(ownMovedFile()).toBeUndefined();
    } finally {
      if (before === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = before;
    }
  });

  it('keep an old anchor landing beside the node it moved to', () => {
    const aliases = anchorAliases(parseMoves('/policies/wuhan-2018/#3-1-9 /policies/wuhan-2018/#3-1-1\n'), '/policies/wuhan-2018/');
    expect(aliases).toEqual(new Map([['3-1-1', ['3-1-9']]]));
    const model = seedModel();
    const doc = model.documents.find((d) => d.slug === 'wuhan-2018')!;
    const html = toHtml(renderOutline(doc.outline, renderContext(model, 'wuhan-2018', { anchorAliases: aliases }), { taskLinks: true }));
    expect(html).toContain('<span id="3-1-9" class="moved-anchor" data-annotation=""></span><section id="3-1-1"');
  });
});
