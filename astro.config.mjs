// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { permalinks } from './src/integrations/permalinks.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/security/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { sitemapFile } from './src/integrations/sitemap-file.ts';
import { siteUrl } from './src/lib/site-url.ts';

// Plan pages are MDX rendered by their collection's loader (src/lib/plan-loader.ts). Any Markdown
// Astro renders itself gets no typographic rewriting (quotes, dashes), no autolinking and no
// syntax highlighting (its inline styles would need a looser Content-Security-Policy).
//
// DIST_DIR and ASTRO_CACHE_DIR (with CONTENT_DIR, read in src/lib/content-dir.ts) let the
// benchmark build a synthetic corpus beside the project's own build; unset, they are Astro's
// defaults. The cache holds the content collection's data store, so each corpus needs its own.

/** Pages only: endpoints such as /data/tasks.json and /robots.txt are not listed in the sitemap. */
const isPage = (/** @type {string} */ url) => url.endsWith('/');

export default defineConfig({
  // SITE_URL (src/lib/site-url.ts) is the public origin: canonical links, copied links,
  // citations, the print foot, robots.txt and the sitemap are absolute against it.
  site: siteUrl(),
  outDir: process.env.DIST_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ gfm: false, smartypants: false }), syntaxHighlight: false },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // Pages whose cacheKey (src/lib/page-keys.ts) and code are unchanged since the last build are
  // not rendered again: Astro restores them from its cache folder.
  experimental: { incrementalBuild: true },
  // searchIndex runs Pagefind over the built site (astro:build:done); a failure fails the build.
  // sitemap lists every page Astro built (not 404, not the redirect pages permalinks writes);
  // sitemapFile, after it, publishes its index as /sitemap.xml.
  // securityHeaders runs last: it prunes each page's policy to its own hashes and writes _headers.
  integrations: [mdx(), searchIndex(), permalinks(), sitemap({ filter: isPage, namespaces: { news: false, xhtml: false, image: false, video: false } }), sitemapFile(), securityHeaders()],
});
