/**
 * Content collections: the generated plan pages in content/policies (written by
 * `npm run build:content`, never by hand; CONTENT_DIR names another content folder).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  policies: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${process.env.CONTENT_DIR ?? './content'}/policies` }),
    schema: z.object({
      doc: z.string(),
      view: z.enum(['source', 'simplified']),
      lang: z.string(),
    }),
  }),
};
