/**
 * Content collections: the generated plan pages in content/policies, or CONTENT_DIR/policies
 * (written by `npm run build:content`, never by hand). Their MDX is rendered to HTML by the
 * collection's loader (src/lib/plan-loader.ts), once per changed file, and kept beside the data
 * store rather than in it.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';
import { planLoader } from './lib/plan-loader.ts';

export const collections = {
  policies: defineCollection({
    loader: planLoader(`${contentDir()}/policies`),
    schema: z.object({
      doc: z.string(),
      view: z.enum(['source', 'simplified']),
      lang: z.string(),
      /** The file that holds the page's rendered text (see planHtml). */
      html: z.string(),
    }),
  }),
};
