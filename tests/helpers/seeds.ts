/** The real seeds, read once, and the pipeline run over them, for tests. */
import { readSeedFolder } from '../../scripts/seeds.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { checkCatalog, sha256 } from '../../src/pipeline/catalog.ts';
import { read, type SourceText } from '../../src/pipeline/read.ts';
import { repair, type RepairedText } from '../../src/pipeline/repair/index.ts';
import { parse, type ParsedText } from '../../src/pipeline/parse/index.ts';
import type { CatalogEntry, PolicyModel } from '../../src/pipeline/model.ts';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

let model: PolicyModel | undefined;

/** The model of the four real seeds. */
export function seedModel(): PolicyModel {
  if (!model) {
    const { catalog, files } = readSeedFolder(SEEDS_DIR);
    model = runPipeline(catalog, files);
  }
  return model;
}

/** One real seed, read. */
export function readSeed(slug: string): SourceText {
  const { catalog, files } = readSeedFolder(SEEDS_DIR);
  const seed = checkCatalog(catalog, files).find((s) => s.entry.slug === slug);
  if (!seed) throw new Error(`no seed ${slug}`);
  return read(seed);
}

/** One real seed, repaired. */
export function repairedSeed(slug: string): RepairedText {
  return repair(readSeed(slug));
}

/** One real seed, parsed. */
export function parsedSeed(slug: string): ParsedText {
  return parse(repairedSeed(slug));
}

/** The lines `from`–`to` (1-based, inclusive) of a real seed, as text. */
export function seedLines(slug: string, from: number, to = from): string {
  return readSeed(slug).lines.filter((l) => l.number >= from && l.number <= to).map((l) => l.text).join('\n');
}

/** A catalog with one entry for `text`, and the file: to run the real pipeline on a snippet. */
export function singleSeed(text: string | Uint8Array, entry: Partial<CatalogEntry> = {}) {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const file = entry.file ?? 'snippet.txt';
  const full = {
    slug: 'snippet', city: '武汉', cityId: 'wuhan', province: '湖北', originalName: 'snippet.txt',
    script: 'zh-Hans', ...entry, file, sha256: sha256(bytes),
  };
  return { catalog: JSON.stringify({ documents: [full] }, null, 2), files: [{ name: file, bytes }] };
}

/** The real pipeline over a snippet of text. */
export function runOn(text: string | Uint8Array, entry: Partial<CatalogEntry> = {}): PolicyModel {
  const { catalog, files } = singleSeed(text, entry);
  return runPipeline(catalog, files);
}
