/**
 * Content collections: the generated plan pages in content/policies, or CONTENT_DIR/policies
 * (written by `npm run build:content`, never by hand).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir.ts';

export const collections = {
  policies: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir()}/policies` }),
    schema: z.object({
      doc: z.string(),
      view: z.enum(['source', 'simplified']),
      lang: z.string(),
    }),
  }),
};
