/**
 * Astro integration, listed after @astrojs/sitemap: the sitemap integration writes
 * `sitemap-index.xml` and its parts (`sitemap-0.xml`, …); crawlers and people look for
 * `/sitemap.xml` first, so the build also publishes the index there, byte for byte. The sitemap
 * itself stays the integration's: this only gives its index the address robots.txt names.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The address robots.txt names and crawlers try first. */
export const SITEMAP_FILE = 'sitemap.xml';

/** What @astrojs/sitemap writes with its default `filenameBase`. */
export const SITEMAP_INDEX_FILE = 'sitemap-index.xml';

/** Copies the sitemap index to `/sitemap.xml`; fails the build when the sitemap integration wrote none. */
export function sitemapFile(): AstroIntegration {
  return {
    name: 'zhengceku:sitemap-file',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const index = join(dist, SITEMAP_INDEX_FILE);
        if (!existsSync(index)) {
          throw new Error(`${index} is missing: @astrojs/sitemap wrote no sitemap (its warning above says why; it needs astro.config's \`site\`). List sitemap() before sitemapFile() in astro.config.mjs.`);
        }
        copyFileSync(index, join(dist, SITEMAP_FILE));
        logger.info(`${SITEMAP_FILE} written (the sitemap index)`);
      },
    },
  };
}
