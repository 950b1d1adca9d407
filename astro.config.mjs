// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { permalinks } from './src/integrations/permalinks.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/security/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';

// Plan pages are MDX rendered by their collection's loader (src/lib/plan-loader.ts). Any Markdown
// Astro renders itself gets no typographic rewriting (quotes, dashes), no autolinking and no
// syntax highlighting (its inline styles would need a looser Content-Security-Policy).
//
// DIST_DIR and ASTRO_CACHE_DIR (with CONTENT_DIR, read in src/lib/content-dir.ts) let the
// benchmark build a synthetic corpus beside the project's own build; unset, they are Astro's
// defaults. The cache holds the content collection's data store, so each corpus needs its own.
export default defineConfig({
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
  // securityHeaders runs last: it prunes each page's policy to its own hashes and writes _headers.
  integrations: [mdx(), searchIndex(), permalinks(), securityHeaders()],
});
