import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { CORPUS_DEFAULTS } from '../../scripts/bench/corpus-defaults.ts';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { MIN_SCORE, PER_PLAN, relatedTasks } from '../../src/lib/related-tasks.ts';
import { shadow } from '../../src/pipeline/script.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { topicsOfTask } from '../../src/lib/topics.ts';
import type { PolicyModel, Task } from '../../src/pipeline/model.ts';
import { SEEDS_DIR, seedModel } from '../helpers/seeds.ts';
import { scratchDir } from '../helpers/scratch.ts';

const model = seedModel();
const task = (id: string) => model.tasks.find((t) => t.id === id)!;
const ids = (t: Task, all: PolicyModel = model) => relatedTasks(all, t).map((r) => r.task.id);

/** The properties every list has: other plans only, at most eight, spread, closest first in each round. */
function expectSpread(all: PolicyModel, t: Task) {
  const related = relatedTasks(all, t);
  expect(related.length).toBeLessThanOrEqual(8);
  expect(related.every((r) => r.task.doc !== t.doc && r.score >= MIN_SCORE)).toBe(true);
  const perPlan = Map.groupBy(related, (r) => r.task.doc);
  expect(Math.max(0, ...[...perPlan.values()].map((l) => l.length))).toBeLessThanOrEqual(PER_PLAN);
  // Round by round: a plan's second task comes after every plan's first.
  const firstSeconds = related.findIndex((r, i) => related.slice(0, i).some((o) => o.task.doc === r.task.doc));
  if (firstSeconds >= 0) expect(new Set(related.slice(firstSeconds).map((r) => r.task.doc)).size).toBe(related.length - firstSeconds);
  const rounds = firstSeconds >= 0 ? [related.slice(0, firstSeconds), related.slice(firstSeconds)] : [related];
  for (const round of rounds) expect(round.map((r) => r.score)).toEqual(round.map((r) => r.score).sort((a, b) => b - a));
}

describe('related tasks', () => {
  it('a finance and pledge task finds the other plans’ finance tasks first', () => {
    expect(ids(task('hangzhou-2023/2-2-8')).slice(0, 2)).toEqual(['bozhou-draft/5-12', 'wuhan-2018/3-3-2']);
    expect(new Set(ids(task('wuhan-2018/3-3-2')).slice(0, 3))).toEqual(new Set(['bozhou-draft/5-12', 'kunming-2022/2-5', 'hangzhou-2023/2-2-8']));
  });

  it('a judicial-protection task finds the other plans’ judicial tasks first', () => {
    expect(ids(task('bozhou-draft/4-9')).slice(0, 2)).toEqual(['kunming-2022/2-3', 'hangzhou-2023/2-3-11']);
    expect(ids(task('hangzhou-2023/2-3-11'))[0]).toBe('bozhou-draft/4-9');
  });

  it('lists other plans only, at most eight and two per plan, each plan’s closest before any plan’s second', () => {
    for (const t of model.tasks) expectSpread(model, t);
  });

  it('spreads across plans in a corpus of 40 plans, where many tasks are alike', () => {
    const scratch = scratchDir('zhengceku-related-');
    let large: PolicyModel;
    try {
      const corpus = generateCorpus({ ...CORPUS_DEFAULTS, size: 40, seedsDir: SEEDS_DIR, outDir: scratch });
      const { catalog, files } = readSeedFolder(corpus.dir);
      large = runPipeline(catalog, files);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    let full = 0;
    for (const t of large.tasks) {
      expectSpread(large, t);
      const related = relatedTasks(large, t);
      if (related.length === 8) {
        full++;
        expect(new Set(related.map((r) => r.task.doc)).size).toBeGreaterThanOrEqual(4);
      }
    }
    expect(full).toBeGreaterThan(large.tasks.length / 2);
  });

  it('lists nothing when no other plan has a like task (Bozhou 九、(二十二) 加强组织领导)', () => {
    expect(topicsOfTask(task('bozhou-draft/9-22'))).toEqual([]);
    expect(relatedTasks(model, task('bozhou-draft/9-22'))).toEqual([]);
  });
});

describe('topics of a task', () => {
  const slugs = (id: string) => topicsOfTask(task(id)).map((t) => t.slug);

  it('come from the title, or from a theme the text names more than once', () => {
    expect(slugs('wuhan-2018/3-1-1')).toContain('patent-navigation');
    expect(slugs('hangzhou-2023/2-2-8')).toContain('pledge-financing');
  });

  it('do not come from one keyword in passing', () => {
    // Hangzhou's finance task names 海外 once, among the places a fund may go: it is not an overseas-protection task.
    expect(shadow(task('hangzhou-2023/2-2-8').text).match(/海外|涉外|走出去|跨境/g)).toHaveLength(1);
    expect(slugs('hangzhou-2023/2-2-8')).not.toContain('overseas-protection');
  });
});
