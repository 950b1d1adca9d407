// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

// Plan text goes into MDX as text nodes: no typographic rewriting (quotes, dashes) and no
// autolinking may change a character of it.
export default defineConfig({
  site: 'https://zhengceku.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified({ gfm: false, smartypants: false }) },
  integrations: [mdx()],
});
