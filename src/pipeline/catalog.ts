/**
 * The seed catalog: one entry per plan, naming its file and pinning its bytes by sha256.
 * Adding a plan means adding one file to `seeds/` and one entry here, nothing else.
 */
import { createHash } from 'node:crypto';
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

/** 1-based line of the first occurrence of `needle` in `text`, or 1. */
function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/**
 * Checks the catalog against the files of the seed folder and pairs each entry with its bytes;
 * messages name files as `<folder>/<file>`.
 * Every problem is an error: a build from an inconsistent catalog would publish the wrong text.
 * @example checkCatalog(rawJson, [{ name: 'wuhan-2018.txt', bytes }]) // → [{ entry, file, bytes }]
 */
export function checkCatalog(rawCatalog: string, files: SeedFile[], folder = 'seeds'): CatalogedSeed[] {
  const catalogFile = `${folder}/catalog.json`;
  const errors: Message[] = [];
  const error = (line: number, ruleId: string, reason: string, fix: string, file = catalogFile) =>
    errors.push({ file, line, column: 1, ruleId, severity: 'error', reason, fix });

  let json: unknown;
  try {
    json = JSON.parse(rawCatalog);
  } catch (cause) {
    error(1, 'catalog-json', `is not valid JSON (${(cause as Error).message}).`, 'Fix the JSON syntax.');
    throw new PipelineError(errors);
  }
  const parsed = catalogSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = issue.path.join('.');
      const key = issue.path.at(-1);
      error(
        typeof key === 'string' ? lineOf(rawCatalog, `"${key}"`) : 1,
        'catalog-schema',
        `field ${where || '(root)'}: ${issue.message}.`,
        'Each entry needs slug, city, cityId, province, file, sha256, originalName and script.',
      );
    }
    throw new PipelineError(errors);
  }

  const byName = new Map(files.map((f) => [f.name, f]));
  const seenSlugs = new Map<string, string>();
  const seenFiles = new Set<string>();
  const seeds: CatalogedSeed[] = [];
  for (const entry of parsed.data.documents) {
    // Found only for an error: searching the catalog text for every entry is O(entries²).
    const line = () => lineOf(rawCatalog, `"${entry.slug}"`);
    if (seenSlugs.has(entry.slug)) {
      error(line(), 'duplicate-slug', `slug "${entry.slug}" is used by ${seenSlugs.get(entry.slug)} and ${entry.file}.`,
        'Give each plan its own slug; a slug is part of every published URL of the plan.');
      continue;
    }
    seenSlugs.set(entry.slug, entry.file);
    if (seenFiles.has(entry.file)) {
      error(line(), 'duplicate-file', `${entry.file} is listed twice.`, 'List each seed file once.');
      continue;
    }
    seenFiles.add(entry.file);
    if (!knownProvinceId(entry.province)) {
      error(line(), 'unknown-province', `entry "${entry.slug}" names province "${entry.province}", which is not a provincial-level division.`,
        'Write the province as a short or full name, such as 浙江 or 浙江省; src/pipeline/provinces.ts lists all 34.');
      continue;
    }
    const seed = byName.get(entry.file);
    if (!seed) {
      error(line(), 'missing-file', `entry "${entry.slug}" names ${folder}/${entry.file}, which does not exist.`,
        `Add the file to ${folder}/ or remove the entry.`);
      continue;
    }
    const actual = sha256(seed.bytes);
    if (actual !== entry.sha256) {
      error(line(), 'sha256-mismatch',
        `${folder}/${entry.file} has sha256 ${actual}, but the catalog pins ${entry.sha256}.`,
        'Seeds are copied byte for byte and never edited by hand: restore the original file, or, for a new edition, update the catalog entry.');
      continue;
    }
    seeds.push({ entry, file: `${folder}/${entry.file}`, bytes: seed.bytes });
  }
  for (const file of files) {
    if (file.name.endsWith('.txt') && !seenFiles.has(file.name)) {
      error(1, 'missing-entry', `${folder}/${file.name} has no catalog entry.`,
        `Add an entry to ${catalogFile} with slug, city, cityId, province, file, originalName, script and sha256 "${sha256(file.bytes)}".`,
        `${folder}/${file.name}`);
    }
  }
  if (errors.length > 0) throw new PipelineError(errors);
  return seeds;
}
