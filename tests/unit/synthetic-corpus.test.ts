import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { CORPUS_DEFAULTS } from '../../scripts/bench/corpus-defaults.ts';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';
import { likeUnits } from '../../src/lib/departments.ts';
import { siteOf } from '../../src/lib/model.ts';
import { searchRecords } from '../../src/search/records.ts';
import type { Department, Role } from '../../src/pipeline/model.ts';
import { scratchDir } from '../helpers/scratch.ts';

const scratch = scratchDir('zhengceku-corpus-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const make = (name: string, seed = 7) => generateCorpus({ ...CORPUS_DEFAULTS, size: 40, seed, seedsDir: SEEDS_DIR, outDir: join(scratch, name), traditionalShare: 0.3 });
const summary = make('a');
const { catalog, files } = readSeedFolder(summary.dir);
const entries = (JSON.parse(catalog) as { documents: { slug: string; cityId: string; city: string; script: string; file: string }[] }).documents;
const model = runPipeline(catalog, files);

describe('the synthetic corpus', () => {
  it('holds 40 plans that the pipeline reads, their sha256 pinned in the catalog', () => {
    expect(summary.plans).toBe(40);
    expect(model.documents).toHaveLength(40);
    expect(model.tasks.length).toBeGreaterThan(40 * 9);
  });

  it('starts with the four real seeds, byte for byte', () => {
    expect(entries.slice(0, 4).map((e) => e.slug)).toEqual(['hangzhou-2023', 'bozhou-draft', 'kunming-2022', 'wuhan-2018']);
    for (const e of entries.slice(0, 4)) expect(readFileSync(join(summary.dir, e.file))).toEqual(readFileSync(join(SEEDS_DIR, e.file)));
  });

  it('names made-up cities, never the seeds’ own, with unique slugs', () => {
    const synthetic = entries.slice(4);
    expect(new Set(entries.map((e) => e.slug)).size).toBe(40);
    expect(synthetic.every((e) => !['hangzhou', 'bozhou', 'kunming', 'wuhan'].includes(e.cityId))).toBe(true);
    expect(synthetic.every((e) => /^[a-z]+$/.test(e.cityId) && [...e.city].length === 2)).toBe(true);
  });

  it('mixes Simplified plans with Traditional reposts that keep the Hangzhou copy’s defects', () => {
    const traditional = entries.slice(4).filter((e) => e.script === 'zh-Hant');
    expect(traditional.length).toBeGreaterThan(0);
    expect(traditional.length).toBeLessThan(36);
    const repaired = new Set(model.repairs.filter((r) => r.kind === 'pinyin' || r.kind === 'mojibake').map((r) => r.doc));
    expect(traditional.some((e) => repaired.has(e.slug))).toBe(true);
  });

  it('moves every task to its plan’s city: no synthetic plan names Wuhan, Kunming or Bozhou', () => {
    for (const e of entries.slice(4).filter((x) => x.script === 'zh-Hans')) {
      expect(readFileSync(join(summary.dir, e.file), 'utf8')).not.toMatch(/武汉|昆明|亳州/);
    }
  });

  it('is the same for the same size and seed, and differs for another seed', () => {
    expect(readFileSync(join(make('b').dir, 'catalog.json'), 'utf8')).toBe(readFileSync(join(summary.dir, 'catalog.json'), 'utf8'));
    expect(readFileSync(join(make('c', 8).dir, 'catalog.json'), 'utf8')).not.toBe(readFileSync(join(summary.dir, 'catalog.json'), 'utf8'));
  });
});

describe('lookups that stay cheap on a library of many cities', () => {
  const site = siteOf(model);
  const collator = new Intl.Collator('zh');
  const province = (d: Department) => site.city(d.cityId).province;

  /** The definition, by brute force: every unit of another city sharing a function, same province first, then by full name. */
  const expectedLike = (unit: Department) => model.departments
    .filter((d) => d.cityId !== unit.cityId && d.functions.some((f) => unit.functions.includes(f)))
    .sort((a, b) => Number(province(a) !== province(unit)) - Number(province(b) !== province(unit)) || collator.compare(a.fullName, b.fullName));

  it('name like units of other cities, the same province first, as a scan of every unit would', () => {
    const units = model.departments.filter((d) => d.functions.length > 0);
    expect(units.length).toBeGreaterThan(100);
    expect(units.some((u) => model.departments.some((d) => d.cityId !== u.cityId && province(d) === province(u)))).toBe(true);
    for (const unit of units) {
      const all = expectedLike(unit);
      for (const limit of [3, 8]) {
        const { shown, total } = likeUnits(site, unit, limit);
        expect({ id: unit.id, shown: shown.map((d) => d.id), total }).toEqual({ id: unit.id, shown: all.slice(0, limit).map((d) => d.id), total: all.length });
      }
    }
  });

  it('count in a unit’s search record the tasks it leads, is responsible for and joins, as its tasks say', () => {
    const records = new Map(searchRecords(model).map((r) => [r.url, r]));
    for (const unit of model.departments) {
      const roles = model.tasks.map((t) => new Set(t.owners.filter((o) => o.department === unit.id).map((o) => o.role)));
      const count = (role: Role) => roles.filter((r) => r.has(role)).length;
      expect(records.get(unit.url)?.detail).toContain(`牵头 ${count('lead')} 项、负责 ${count('responsible')} 项、按职责分工负责 ${count('co')} 项${count('cooperate') ? `、配合 ${count('cooperate')} 项` : ''}任务`);
    }
  });
});
