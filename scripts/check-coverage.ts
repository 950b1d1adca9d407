/**
 * After `astro build`: prints, per plan, how much of its repaired source body its page shows, and
 * fails the build below 100%. Reads content/bodies.json (written by build-content) and dist/.
 *
 *   node scripts/check-coverage.ts [--content DIR] [--dist DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { textCoverage, type BodyLine } from '../src/checks/text-coverage.ts';

const { values } = parseArgs({ options: { content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' }, dist: { type: 'string', default: process.env.DIST_DIR ?? 'dist' } } });
const bodies = JSON.parse(readFileSync(join(values.content, 'bodies.json'), 'utf8')) as Record<string, { file: string; lines: BodyLine[] }>;

let failed = false;
for (const [slug, body] of Object.entries(bodies)) {
  const page = join(values.dist, 'policies', slug, 'index.html');
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
