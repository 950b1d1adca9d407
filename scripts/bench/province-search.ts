/**
 * What a search of one province would cost, as a measure for the choice between searching the
 * whole library and searching a province at a time (docs/benchmarks.md). Indexes only the search
 * records of one province's plans (with the topic records) into a copy of a built site whose other
 * files are links to the original, with a search page that opens that one index and offers only
 * the province's cities. Then `npm run bench:search` measures it like any site.
 *
 *   CONTENT_DIR=.bench/n-1000/content node scripts/bench/province-search.ts --province 陕西 --dist .bench/n-1000/dist --out .bench/province
 *   DIST_DIR=.bench/province npm run bench:search
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadModel } from '../../src/lib/model.ts';
import { provinceName } from '../../src/pipeline/provinces.ts';
import { recordHtml } from '../../src/search/record-html.ts';
import { searchRecords } from '../../src/search/records.ts';

const { values } = parseArgs({ options: { province: { type: 'string' }, dist: { type: 'string' }, out: { type: 'string' } } });
const { province, dist, out } = values;
if (!province || !dist || !out || !existsSync(join(dist, 'search', 'index.html'))) {
  console.error('Give a province, a built site and a folder to write: --province 陕西 --dist .bench/n-1000/dist --out .bench/province (with CONTENT_DIR set to that site\'s content).');
  process.exit(1);
}
const name = provinceName(province);
const model = loadModel();
const plans = model.documents.filter((d) => provinceName(d.province) === name);
if (plans.length === 0) {
  console.error(`No plan of the content in CONTENT_DIR is in ${name}.`);
  process.exit(1);
}
const cities = new Set(plans.map((d) => d.city));
const all = searchRecords(model);
const records = all.filter((r) => r.kind === 'topic' || r.cities.some((c) => cities.has(c)));

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'search'), { recursive: true });
for (const entry of readdirSync(dist)) {
  if (entry !== 'pagefind' && entry !== 'search') symlinkSync(resolve(dist, entry), join(out, entry));
}
// The search page as a province's own would be: one index, and only the province's cities to filter by.
const page = readFileSync(join(dist, 'search', 'index.html'), 'utf8')
  .replace(/data-index-parts="\d+"/, 'data-index-parts="1"')
  .replace(/<optgroup label="([^"]+)">.*?<\/optgroup>/gs, (group, label: string) => (label === name ? group : ''));
writeFileSync(join(out, 'search', 'index.html'), page);

process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';
const { index } = await pagefind.createIndex({ forceLanguage: 'zh' });
if (!index) throw new Error('Pagefind returned no index.');
for (const record of records) await index.addHTMLFile({ url: record.url, content: recordHtml(record) });
await index.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
console.log(`${name}: ${plans.length} plans in ${cities.size} cities, ${records.length} of ${all.length} search records, indexed into ${out}/pagefind/; measure with DIST_DIR=${out} npm run bench:search`);
