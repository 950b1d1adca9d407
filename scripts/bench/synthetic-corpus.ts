/**
 * A synthetic seed folder of N plans for the scaling benchmark: the four real seeds as they
 * are, then N − 4 plans for made-up cities, each a real seed's skeleton whose tasks are drawn
 * from every seed and whose owner statements are recombined, with its own catalog.json (sha256
 * of every file). The same N and seed give the same bytes.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sha256 } from '../../src/pipeline/catalog.ts';
import type { CatalogEntry } from '../../src/pipeline/model.ts';
import { composePlan, swapOwnerStatements } from './compose-plan.ts';
import { cutSeedPlans, splitLabel, type SeedPlan, type TaskBlock } from './cut-task-blocks.ts';
import { cityIdOf, inventCities, type City } from './invent-cities.ts';
import { seededRandom } from './random.ts';

export interface CorpusOptions {
  /** Plans in the corpus, the real seeds included (at least their number). */
  size: number;
  seed: number;
  /** Folder of the real seeds. */
  seedsDir: string;
  /** Folder to write; it is emptied first. */
  outDir: string;
  /** Share of synthetic plans that are Traditional copies like the Hangzhou seed. */
  traditionalShare: number;
  /** Share of synthetic plans that are a second plan of a city already in the corpus. */
  secondPlanShare: number;
  /** Chance that an owner statement is swapped for one from another plan. */
  statementSwapRate: number;
}

export interface CorpusSummary {
  dir: string;
  plans: number;
  traditional: number;
  cities: number;
  taskSlots: number;
}

type Entry = Omit<CatalogEntry, 'encoding'> & { encoding?: CatalogEntry['encoding'] };

/** The suffix of a seed's slug after its city: `wuhan-2018` → `2018`, `bozhou-draft` → `draft`. */
function slugSuffix(entry: CatalogEntry): string {
  return entry.slug.startsWith(`${entry.cityId}-`) ? entry.slug.slice(entry.cityId.length + 1) : entry.slug;
}

/** Tasks to fill a template's slots: shuffled, without repeats while the pool lasts. */
function drawTasks(template: SeedPlan, pool: readonly TaskBlock[], random: ReturnType<typeof seededRandom>): (TaskBlock | undefined)[] {
  let deck: TaskBlock[] = [];
  return template.slots.map((slot) => {
    if (!splitLabel(template.lines[slot.start])) return undefined;
    if (deck.length === 0) deck = random.shuffle(pool);
    return deck.pop();
  });
}

/**
 * Writes the corpus and its catalog.
 * @example generateCorpus({ size: 100, seed: 1, seedsDir: 'seeds', outDir: '.bench/corpus-100', … }).plans // 100
 */
export function generateCorpus(options: CorpusOptions): CorpusSummary {
  const { size, seedsDir, outDir } = options;
  if (resolve(outDir) === resolve(seedsDir)) throw new Error(`the corpus would overwrite the seeds in ${seedsDir}; choose another --out.`);
  const seeds = cutSeedPlans(seedsDir);
  if (size < seeds.length) throw new Error(`a corpus of ${size} plans cannot hold the ${seeds.length} real seeds; ask for at least ${seeds.length}.`);
  const random = seededRandom(options.seed);

  const labelled = (plan: SeedPlan) => plan.slots.filter((s) => splitLabel(s.block.lines[0])).map((s) => s.block);
  const simplifiedTasks = seeds.filter((p) => p.entry.script === 'zh-Hans').flatMap(labelled);
  const pools = {
    'zh-Hans': simplifiedTasks,
    'zh-Hant': [...seeds.filter((p) => p.entry.script === 'zh-Hant').flatMap(labelled), ...simplifiedTasks],
  };
  const templates = {
    'zh-Hans': seeds.filter((p) => p.entry.script === 'zh-Hans'),
    'zh-Hant': seeds.filter((p) => p.entry.script === 'zh-Hant'),
  };

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const entries: Entry[] = [];
  for (const { entry } of seeds) {
    copyFileSync(join(seedsDir, entry.file), join(outDir, entry.file));
    entries.push(entry);
  }

  const reserved = new Set(seeds.flatMap((p) => [p.entry.city, p.entry.cityId, cityIdOf(p.entry.city)]));
  const invented = inventCities(size - seeds.length, random, reserved);
  const used: City[] = [];
  const slugs = new Set(entries.map((e) => e.slug));
  let taskSlots = seeds.reduce((n, p) => n + p.slots.length, 0);
  let traditional = seeds.filter((p) => p.entry.script === 'zh-Hant').length;

  for (let i = 0; i < size - seeds.length; i++) {
    const script = templates['zh-Hant'].length > 0 && random.chance(options.traditionalShare) ? 'zh-Hant' : 'zh-Hans';
    const template = random.pick(templates[script]);
    const city = used.length > 0 && random.chance(options.secondPlanShare) ? random.pick(used) : invented[i];
    if (city === invented[i]) used.push(city);

    const fill = drawTasks(template, pools[script], random)
      .map((block) => block && swapOwnerStatements(block, simplifiedTasks, random, options.statementSwapRate));
    const { text, webChrome } = composePlan({ template, fill, city });
    const bytes = new TextEncoder().encode(text);
    const hash = sha256(bytes);

    let slug = `${city.id}-${slugSuffix(template.entry)}`;
    for (let n = 2; slugs.has(slug); n++) slug = `${city.id}-${slugSuffix(template.entry)}-${n}`;
    slugs.add(slug);
    const file = `${slug}.txt`;
    writeFileSync(join(outDir, file), bytes);
    const { entry } = template;
    entries.push({
      slug,
      city: city.name,
      cityId: city.id,
      province: city.province,
      file,
      sha256: hash,
      originalName: `bench_${String(i + 1).padStart(4, '0')}_${hash.slice(0, 16)}.txt`,
      script,
      ...(entry.publishedScript ? { publishedScript: entry.publishedScript } : {}),
      webChrome,
      notes: entry.notes.map((note) => note.replaceAll(entry.city, city.name).replaceAll(entry.province, city.province)),
    });
    taskSlots += template.slots.length;
    if (script === 'zh-Hant') traditional++;
  }
  writeFileSync(join(outDir, 'catalog.json'), `${JSON.stringify({ documents: entries }, null, 2)}\n`);
  return { dir: outDir, plans: entries.length, traditional, cities: new Set(entries.map((e) => e.cityId)).size, taskSlots };
}
