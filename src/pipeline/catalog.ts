/**
 * The seed catalog: one entry per plan, naming its file and pinning its bytes by sha256.
 * Adding a plan means adding one file to `seeds/` and one entry here, nothing else.
 * Staff edit it by hand, so `//` comments and trailing commas are accepted; every error names
 * the line and column of the value at fault.
 */
import { createHash } from 'node:crypto';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { catalogSchema, type CatalogEntry, type Message } from './model.ts';
import { PipelineError } from './messages.ts';
import { knownProvinceId } from './provinces.ts';

/** A seed file as the build script found it on disk. */
export interface SeedFile {
  name: string;
  bytes: Uint8Array;
}

/** A catalog entry paired with the bytes of its file. */
export interface CatalogedSeed {
  entry: CatalogEntry;
  file: string;
  bytes: Uint8Array;
}

/** Hex sha256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Line starts of a text, for turning offsets into 1-based lines and columns. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

/** A lone surrogate: text that no file can hold and no page can show. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Checks the catalog against the files of the seed folder and pairs each entry with its bytes;
 * messages name files as `<folder>/<file>`.
 * Every problem is an error: a build from an inconsistent catalog would publish the wrong text.
 * @example checkCatalog(rawJson, [{ name: 'wuhan-2018.txt', bytes }]) // → [{ entry, file, bytes }]
 */
export function checkCatalog(rawCatalog: string, files: SeedFile[], folder = 'seeds'): CatalogedSeed[] {
  const catalogFile = `${folder}/catalog.json`;
  const errors: Message[] = [];
  const place = locator(rawCatalog);
  const error = (at: { line: number; column: number }, ruleId: string, reason: string, fix: string, file = catalogFile) =>
    errors.push({ file, line: at.line, column: at.column, ruleId, severity: 'error', reason, fix });

  const syntax: ParseError[] = [];
  const tree = parseTree(rawCatalog, syntax, { allowTrailingComma: true, disallowComments: false });
  for (const problem of syntax) {
    error(place(problem.offset), 'catalog-json', `is not valid JSON here (${printParseErrorCode(problem.error)}).`,
      'Fix the JSON syntax: names and strings in double quotes, a comma between entries; // comments and a trailing comma are allowed.');
  }
  if (!tree || syntax.length > 0) {
    if (errors.length === 0) error({ line: 1, column: 1 }, 'catalog-json', 'holds no JSON.', 'Write {"documents": [ … ]}.');
    throw new PipelineError(errors);
  }
  /** Where a value of the catalog stands: its own node, else the nearest one that exists. */
  const at = (path: (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
      if (node) return place(node.offset);
    }
    return { line: 1, column: 1 };
  };
  const json = getNodeValue(tree) as unknown;
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.join('.');
      error(at(issue.path as (string | number)[]), 'catalog-schema', `field ${where || '(root)'}: ${issue.message}.`,
        issue.path.at(-1) === 'sourceUrl'
          ? 'Copy the address of the official original from the browser\'s address bar (https://…), or leave sourceUrl out when it is not known.'
          : 'Each entry needs slug, city, cityId, province, file, sha256, originalName and script.');
    }
    throw new PipelineError(errors);
  }

  const byName = new Map(files.map((f) => [f.name, f]));
  const seenSlugs = new Map<string, string>();
  const seenFiles = new Set<string>();
  const cityOfId = new Map<string, { city: string; index: number }>();
  const seeds: CatalogedSeed[] = [];
  for (const [index, entry] of parsed.data.documents.entries()) {
    const line = (field = 'slug') => at(['documents', index, field]);
    const lone = Object.entries(entry).find(([, v]) => typeof v === 'string' && LONE_SURROGATE.test(v));
    if (lone) {
      error(line(lone[0]), 'catalog-surrogate', `field ${lone[0]} of entry "${entry.slug}" holds a lone surrogate (a \\ud800-style escape with no partner), which no page can show.`,
        'Write the characters themselves, or a valid pair of escapes.');
      continue;
    }
    const sameId = cityOfId.get(entry.cityId);
    if (sameId && sameId.city !== entry.city) {
      const first = at(['documents', sameId.index, 'cityId']);
      error(line('cityId'), 'city-id-clash', `city id "${entry.cityId}" names ${entry.city} here and ${sameId.city} at line ${first.line}; one id is one city.`,
        'Give each city its own id (the pinyin of its name), or correct the city.');
      continue;
    }
    cityOfId.set(entry.cityId, { city: entry.city, index });
    if (seenSlugs.has(entry.slug)) {
      error(line(), 'duplicate-slug', `slug "${entry.slug}" is used by ${seenSlugs.get(entry.slug)} and ${entry.file}.`,
        'Give each plan its own slug; a slug is part of every published URL of the plan.');
      continue;
    }
    seenSlugs.set(entry.slug, entry.file);
    if (seenFiles.has(entry.file)) {
      error(line('file'), 'duplicate-file', `${entry.file} is listed twice.`, 'List each seed file once.');
      continue;
    }
    seenFiles.add(entry.file);
    if (!knownProvinceId(entry.province)) {
      error(line('province'), 'unknown-province', `entry "${entry.slug}" names province "${entry.province}", which is not a provincial-level division.`,
        'Write the province as a short or full name, such as 浙江 or 浙江省; src/pipeline/provinces.ts lists all 34.');
      continue;
    }
    const seed = byName.get(entry.file);
    if (!seed) {
      error(line('file'), 'missing-file', `entry "${entry.slug}" names ${folder}/${entry.file}, which does not exist.`,
        `Add the file to ${folder}/ or remove the entry.`);
      continue;
    }
    const actual = sha256(seed.bytes);
    if (actual !== entry.sha256) {
      error(line('sha256'), 'sha256-mismatch',
        `${folder}/${entry.file} has sha256 ${actual}, but the catalog pins ${entry.sha256}.`,
        'Seeds are copied byte for byte and never edited by hand: restore the original file, or, for a new edition, update the catalog entry.');
      continue;
    }
    seeds.push({ entry, file: `${folder}/${entry.file}`, bytes: seed.bytes });
  }
  for (const file of files) {
    if (file.name.endsWith('.txt') && !seenFiles.has(file.name)) {
      error({ line: 1, column: 1 }, 'missing-entry', `${folder}/${file.name} has no catalog entry.`,
        `Add an entry to ${catalogFile} with slug, city, cityId, province, file, originalName, script and sha256 "${sha256(file.bytes)}".`,
        `${folder}/${file.name}`);
    }
  }
  if (errors.length > 0) throw new PipelineError(errors);
  return seeds;
}
