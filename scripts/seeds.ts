/** Reading the seed folder: the catalog text and every file beside it, as bytes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedFile } from '../src/pipeline/index.ts';

export interface SeedFolder {
  catalog: string;
  files: SeedFile[];
}

/** The catalog and the `.txt` files of a seed folder. */
export function readSeedFolder(dir: string): SeedFolder {
  const catalogPath = join(dir, 'catalog.json');
  let catalog: string;
  try {
    catalog = readFileSync(catalogPath, 'utf8');
  } catch {
    throw new Error(`${catalogPath}: not found. The seed folder needs a catalog.json listing every plan.`);
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return { catalog, files };
}
