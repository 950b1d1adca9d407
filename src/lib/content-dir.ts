/**
 * Where the generated content lives: `content/` unless CONTENT_DIR names another folder (the
 * benchmark builds synthetic corpora into .bench/ this way without touching the project's own).
 * `npm run build:content -- --out DIR` writes there; the site and the collection read it.
 */
import { resolve } from 'node:path';

/**
 * The content folder, absolute.
 * @example contentDir() // '/work/main/content'; with CONTENT_DIR=.bench/n-100/content, '/work/main/.bench/n-100/content'
 */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.CONTENT_DIR || 'content');
}
