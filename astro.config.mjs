// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { permalinks } from './src/integrations/permalinks.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/security/csp.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// Plan text goes into MDX as text nodes: no typographic rewriting (quotes, dashes) and no
// autolinking may change a character of it.
// DIST_DIR, CONTENT_DIR and ASTRO_CACHE_DIR let a build of other seeds (a benchmark corpus, the
// hostile-input suite) run beside the project's own without touching dist/ or content/.
export default defineConfig({
  outDir: process.env.DIST_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ gfm: false, smartypants: false }) },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // searchIndex runs Pagefind over the built site (astro:build:done); a failure fails the build.
  integrations: [mdx(), searchIndex(), permalinks()],
});
