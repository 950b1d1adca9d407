/**
 * Hygiene of the built site: no request to another host (src, stylesheet/script href, CSS url()
 * and @import, preconnects), a Content-Security-Policy on every page that runs only the site's
 * own scripts, and no inline event handlers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages } from '../helpers/site-files.ts';
import { DIST } from '../helpers/static-server.ts';

const pages = builtPages();
const EXTERNAL = /^(https?:)?\/\//i;

describe('requests to other hosts', () => {
  it('are made by no element of any page', () => {
    const found: string[] = [];
    for (const page of pages.values()) {
      visit(page.tree, 'element', (e: Element) => {
        // The canonical link names the page's own public address (SITE_URL) and is never fetched.
        if (e.tagName === 'link' && (e.properties.rel as string[] | undefined)?.includes('canonical')) return;
        for (const key of ['src', 'srcSet', 'href', 'action', 'poster', 'data']) {
          const value = e.properties[key];
          const values = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
          for (const v of values) if (EXTERNAL.test(v)) found.push(`${page.path}: <${e.tagName} ${key}="${v}">`);
        }
        const style = e.properties.style;
        if (typeof style === 'string' && /url\(\s*['"]?(https?:)?\/\//i.test(style)) found.push(`${page.path}: inline style url()`);
      });
    }
    expect(found).toEqual([]);
  });

  it('are made by no stylesheet (url() and @import) or script', () => {
    const found: string[] = [];
    for (const file of builtFiles().filter((f) => /\.(css|js|mjs)$/.test(f))) {
      const text = readFileSync(`${DIST}${file.slice(1)}`, 'utf8');
      if (/url\(\s*['"]?(https?:)?\/\//i.test(text) || /@import\s+(url\()?['"]?(https?:)?\/\//i.test(text)) found.push(file);
      if (/\bfetch\(\s*['"`]https?:\/\//.test(text) || /\bimport\(\s*['"`]https?:\/\//.test(text)) found.push(file);
    }
    expect(found).toEqual([]);
  });

  it('are not even hinted at: no preconnect, dns-prefetch, prefetch or preload of another host', () => {
    const hints = [...pages.values()].flatMap((p) => {
      const out: string[] = [];
      visit(p.tree, 'element', (e: Element) => {
        const rel = (e.properties.rel as string[] | undefined) ?? [];
        if (e.tagName === 'link' && rel.some((r) => /preconnect|dns-prefetch|prefetch|preload/.test(r)) && EXTERNAL.test(String(e.properties.href))) {
          out.push(`${p.path}: ${rel.join(' ')} ${e.properties.href}`);
        }
      });
      return out;
    });
    expect(hints).toEqual([]);
  });
});

describe('the Content-Security-Policy', () => {
  it('is on every page and allows only the site’s own scripts, with WebAssembly for search', () => {
    const problems: string[] = [];
    for (const page of pages.values()) {
      let policy: string | undefined;
      visit(page.tree, 'element', (e: Element) => {
        if (e.tagName === 'meta' && String(e.properties.httpEquiv).toLowerCase() === 'content-security-policy') policy = String(e.properties.content);
      });
      if (!policy) {
        problems.push(`${page.path}: no policy`);
        continue;
      }
      const script = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      if (!script.includes("'self'") || !script.includes("'wasm-unsafe-eval'")) problems.push(`${page.path}: script-src ${script}`);
      if (/'unsafe-inline'|'unsafe-eval'|https?:|\*/.test(script)) problems.push(`${page.path}: script-src allows too much: ${script}`);
      if (!/default-src 'self'/.test(policy) || !/object-src 'none'/.test(policy)) problems.push(`${page.path}: ${policy}`);
    }
    expect(problems).toEqual([]);
  });

  it('needs no inline event handler anywhere', () => {
    const handlers = [...pages.values()].flatMap((p) => {
      const out: string[] = [];
      visit(p.tree, 'element', (e: Element) => {
        for (const key of Object.keys(e.properties)) if (/^on[a-z]/i.test(key)) out.push(`${p.path}: <${e.tagName} ${key}>`);
      });
      return out;
    });
    expect(handlers).toEqual([]);
  });
});

describe('the policy a page and a host send', () => {
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('lists on each page only the hashes of the inline scripts and styles that page holds', () => {
    const unused: string[] = [];
    for (const page of pages.values()) {
      const html = readFileSync(page.file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/i.exec(html)?.[1] ?? '';
      const inline = new Set([...html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => hashOf(m[2])));
      for (const h of policy.match(/'sha256-[^']+'/g) ?? []) if (!inline.has(h)) unused.push(`${page.path}: ${h}`);
    }
    expect(unused).toEqual([]);
  });

  it('is written to _headers with frame-ancestors, nosniff and a referrer policy', () => {
    const headers = readFileSync(`${DIST}_headers`, 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval'.*; frame-ancestors 'none'\n/);
    expect(headers).toContain('  X-Content-Type-Options: nosniff\n');
    expect(headers).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
  });
});
