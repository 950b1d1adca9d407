// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { searchIndex } from './src/integrations/search-index.ts';

// Plan text goes into MDX as text nodes: no typographic rewriting (quotes, dashes) and no
// autolinking may change a character of it.
export default defineConfig({
  site: 'https://zhengceku.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ gfm: false, smartypants: false }) },
  // searchIndex runs Pagefind over the built site (astro:build:done); a failure fails the build.
  integrations: [mdx(), searchIndex()],
});
