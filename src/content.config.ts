/**
 * Content collections: the generated plan pages in content/policies, or CONTENT_DIR/policies
 * (written by `npm run build:content`, never by hand). Their MDX is rendered to HTML by the
 * collection's loader (src/lib/plan-loader.ts), once per changed file.
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
    }),
  }),
};
