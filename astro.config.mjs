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
  // Only the site's own scripts and styles run (Astro hashes the ones it inlines); Pagefind's
  // WebAssembly needs 'wasm-unsafe-eval'. Nothing is loaded from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [mdx()],
});
