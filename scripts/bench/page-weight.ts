/**
 * Page weight: for one page of each type, the bytes a reader's browser fetches to show it (HTML,
 * the stylesheets and scripts it links), raw and gzip-compressed. Target: a plan page under 60 KB
 * compressed. Prints a table; run after `npm run build`.
 *
 *   npm run bench:size
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const PAGES: [string, string][] = [
  ['home', '/'],
  ['plan (largest: Bozhou)', '/policies/bozhou-draft/'],
  ['plan (Hangzhou, Traditional)', '/policies/hangzhou-2023/'],
  ['plan (Kunming)', '/policies/kunming-2022/'],
  ['plan (Wuhan)', '/policies/wuhan-2018/'],
  ['task', '/policies/wuhan-2018/3-2-2/'],
  ['tasks index', '/tasks/'],
  ['department', '/departments/bozhou-shi-shi-chang-jian-guan-ju/'],
  ['indicators', '/indicators/'],
  ['search', '/search/'],
];

function fileOf(path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

const kb = (n: number) => (n / 1024).toFixed(1);
const rows: string[][] = [];
for (const [label, path] of PAGES) {
  const file = fileOf(path);
  if (!existsSync(file)) continue;
  const html = readFileSync(file);
  const assets = [...html.toString('utf8').matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1]);
  const bytes = [html, ...assets.map((a) => readFileSync(fileOf(a)))];
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
  rows.push([label, path, kb(html.length), kb(gzipSync(html).length), String(assets.length), kb(raw), kb(gzip), gzip < 60 * 1024 ? 'yes' : 'NO']);
}
const head = ['page', 'path', 'HTML KB', 'HTML gz KB', 'assets', 'total KB', 'total gz KB', '< 60 KB gz'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log([line(head), ...rows.map(line)].join('\n'));
