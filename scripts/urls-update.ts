/**
 * Adds the URLs a build publishes to src/permalinks/urls.txt, deliberately: run it after a build,
 * then read the diff. It never drops a URL: one that the build no longer publishes must be
 * declared in src/permalinks/moved.txt, or this fails and names it.
 *
 *   npm run urls:update
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseManifest, parseMoves } from '../src/permalinks/redirects.ts';
import { publishedUrls } from './permalinks.ts';

const MANIFEST = 'src/permalinks/urls.txt';
const MOVED = 'src/permalinks/moved.txt';
const dist = process.env.DIST_DIR ?? 'dist';

if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const published = publishedUrls(dist);
const manifest = existsSync(MANIFEST) ? parseManifest(readFileSync(MANIFEST, 'utf8')) : [];
const moved = new Set(parseMoves(existsSync(MOVED) ? readFileSync(MOVED, 'utf8') : '').map((m) => m.from));
const publishedSet = new Set(published);
const vanished = manifest.filter((u) => !publishedSet.has(u) && !moved.has(u));
if (vanished.length > 0) {
  console.error(`${vanished.length} published URLs are gone from the build and not declared moved:`);
  for (const url of vanished.slice(0, 50)) console.error(`  ${url}`);
  console.error(`Published links must keep working: restore them, or add "old new" lines to ${MOVED}.`);
  process.exit(1);
}
const known = new Set(manifest);
const added = published.filter((u) => !known.has(u));
const all = [...new Set([...manifest, ...published])].sort();
const header = [
  '# Every URL this site has published: pages, open-data files, anchors of plan text and indicators.',
  '# A test fails when one is missing from the build and not declared in moved.txt, and when the build',
  '# publishes one not listed here. Add new URLs with `npm run urls:update` and review the diff.',
];
writeFileSync(MANIFEST, `${header.join('\n')}\n${all.join('\n')}\n`);
console.log(`${MANIFEST}: ${all.length} URLs (${added.length} added).`);
