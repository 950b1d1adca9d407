/**
 * Adds one plan to the seed folder: copies the file byte for byte, detects its encoding and
 * script, proposes a slug and a city id, writes its catalog entry (the other entries are left
 * as they are, byte for byte), runs the pipeline on that plan alone and prints what it found.
 *
 *   npm run add-plan -- <file> --city 宜城 --province 湖北 [--slug yicheng-2024] [--city-id yicheng] [--seeds DIR]
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';
import { sha256 } from '../src/pipeline/catalog.ts';
import { detectEncoding, detectScript } from '../src/pipeline/encoding.ts';
import { runPipeline } from '../src/pipeline/index.ts';
import { formatMessage, PipelineError } from '../src/pipeline/messages.ts';
import { knownProvinceId, provinceName } from '../src/pipeline/provinces.ts';
import { explainPlan } from './explain.ts';

const USAGE = 'usage: npm run add-plan -- <file> --city 宜城 --province 湖北 [--slug yicheng-2024] [--city-id yicheng] [--seeds seeds]';

function stop(message: string): never {
  console.error(`add-plan: ${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { city: { type: 'string' }, province: { type: 'string' }, slug: { type: 'string' }, 'city-id': { type: 'string' }, seeds: { type: 'string', default: 'seeds' } },
  });
} catch (error) {
  stop((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) stop(positionals.length === 0 ? 'name the plan\'s text file.' : `one file at a time; got ${positionals.length}: ${positionals.join(', ')}.`);
const [source] = positionals;
if (!existsSync(source)) stop(`${source}: no such file.`);
if (!values.city) stop('say which city the plan is of, with --city (e.g. --city 宜城).');
if (!values.province) stop('say which province the city is in, with --province (e.g. --province 湖北).');
if (!knownProvinceId(values.province)) stop(`"${values.province}" is not one of the 34 provincial-level divisions; write its short name, such as 湖北 or 内蒙古.`);

const seeds = values.seeds;
const catalogPath = join(seeds, 'catalog.json');
if (!existsSync(catalogPath)) stop(`${catalogPath}: not found; --seeds names the seed folder.`);
const catalogText = readFileSync(catalogPath, 'utf8');
const catalog = JSON.parse(catalogText) as { documents: { slug: string; city: string; cityId: string; sha256: string; file: string }[] };

const bytes = new Uint8Array(readFileSync(source));
const hash = sha256(bytes);
const same = catalog.documents.find((d) => d.sha256 === hash);
if (same) stop(`${source} is already in the catalog as "${same.slug}" (${same.file}); nothing was changed.`);
const encoding = detectEncoding(bytes);
if (!encoding) stop(`${source} decodes as none of UTF-8, GBK, GB18030 or Big5; re-save it as UTF-8 text.`);
const text = new TextDecoder(encoding).decode(bytes);
const script = detectScript(text);

const city = values.city.replace(/市$/, '');
const known = catalog.documents.find((d) => d.city === city);
const cityId = values['city-id'] ?? known?.cityId ?? pinyin(city, { toneType: 'none', type: 'array', nonZh: 'removed' }).join('').replace(/[^a-z]/g, '');
if (!/^[a-z]+$/.test(cityId)) stop(`the city id "${cityId}" must be lower-case letters; give one with --city-id.`);
const clash = catalog.documents.find((d) => d.cityId === cityId && d.city !== city);
if (clash) stop(`the city id "${cityId}" is already used for ${clash.city} (${clash.slug}); give another with --city-id.`);
const year = /(\d{4})\s*[—–\-~～至]\s*\d{4}年?/.exec(text.slice(0, 3000))?.[1] ?? /(\d{4})年\d{1,2}月\d{1,2}日/.exec(text.slice(0, 3000))?.[1] ?? '';
let slug = values.slug ?? [cityId, year].filter(Boolean).join('-');
if (!values.slug) for (let n = 2; catalog.documents.some((d) => d.slug === slug); n++) slug = `${[cityId, year].filter(Boolean).join('-')}-${n}`;
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) stop(`the slug "${slug}" must be lower-case letters, digits and single hyphens.`);
if (catalog.documents.some((d) => d.slug === slug)) stop(`the slug "${slug}" is taken; give another with --slug.`);
const file = `${slug}.txt`;
if (existsSync(join(seeds, file))) stop(`${join(seeds, file)} already exists; give another --slug.`);

const entry = {
  slug, city, cityId, province: provinceName(values.province), file, sha256: hash, originalName: basename(source), script,
  ...(encoding === 'utf-8' ? {} : { encoding }),
};

// The plan alone first: a file the pipeline cannot process is not added.
let model;
try {
  model = runPipeline(JSON.stringify({ documents: [entry] }), [{ name: file, bytes }], seeds);
} catch (error) {
  if (error instanceof PipelineError) stop(`the plan cannot be built, so nothing was added:\n${error.messages.map(formatMessage).join('\n')}`);
  throw error;
}

copyFileSync(source, join(seeds, file));
// The new entry goes in before the array's closing bracket; the other entries stay as written.
const close = catalogText.lastIndexOf(']');
const lastEntry = catalogText.lastIndexOf('}', close);
const entryText = JSON.stringify(entry, null, 2).split('\n').map((l) => `    ${l}`).join('\n');
writeFileSync(catalogPath, `${catalogText.slice(0, lastEntry + 1)},\n${entryText}${catalogText.slice(lastEntry + 1)}`);

console.log(`added ${file} as "${slug}": ${city}（${entry.province}）, city id ${cityId}, ${encoding.toUpperCase()}, ${script === 'zh-Hant' ? 'Traditional' : 'Simplified'}, sha256 ${hash.slice(0, 12)}…`);
console.log(explainPlan(model, slug));
const warnings = model.messages.filter((m) => m.severity === 'warning');
console.log(`\n${warnings.length} warnings${warnings.length ? ':' : '.'}`);
for (const m of warnings) console.log(formatMessage(m));
console.log(`\nCheck the entry in ${catalogPath} (add "webChrome" or "notes" if needed), then npm run build.`);
