/**
 * After `astro build`: prints, per plan, how much of its repaired source body its page shows, and
 * fails the build below 100%: the page that shows the text as received (src/lib/reading.ts). Reads content/bodies.json (written by build-content) and dist/.
 *
 *   node scripts/check-coverage.ts [--content DIR] [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { textCoverage, type BodyLine } from '../src/checks/text-coverage.ts';
import { sourceViewUrl } from '../src/lib/reading.ts';
import type { PolicyModel } from '../src/pipeline/model.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' }, dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' } } });
const bodies = JSON.parse(readFileSync(join(values.content, 'bodies.json'), 'utf8')) as Record<string, { file: string; lines: BodyLine[] }>;
const documents = new Map((JSON.parse(readFileSync(join(values.content, 'model.json'), 'utf8')) as PolicyModel).documents.map((d) => [d.slug, d]));

let failed = false;
for (const [slug, body] of Object.entries(bodies)) {
  // The page that shows the text as received (a plan read in converted Simplified has it at zh-hant/).
  const doc = documents.get(slug);
  if (!doc) throw new Error(`${join(values.content, 'bodies.json')}: plan "${slug}" is not in model.json; rebuild the content.`);
  const page = join(values.dist, sourceViewUrl(doc).slice(1), 'index.html');
  const coverage = textCoverage(body.lines, readFileSync(page, 'utf8'));
  const percent = coverage.total ? (100 * coverage.found) / coverage.total : 100;
  const shown = percent === 100 ? '100%' : `${Math.floor(percent * 100) / 100}%`;
  console.log(`coverage ${slug}: ${shown} of ${coverage.total} characters${coverage.extra ? `, ${coverage.extra} unmarked extra` : ''}`);
  if (coverage.firstMissing) {
    const m = coverage.firstMissing;
    console.error(`${body.file}:${m.line}:${m.column} error [text-coverage] the page ${page} does not show "${m.context}…" from here on. The renderer dropped source text: every character of the repaired body must be rendered.`);
    failed = true;
  }
}
if (failed) process.exit(1);
