import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { CORPUS_DEFAULTS } from '../../scripts/bench/corpus-defaults.ts';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { relatedTasks } from '../../src/lib/related-tasks.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { topicsOfTask } from '../../src/lib/topics.ts';
import type { PolicyModel, Task } from '../../src/pipeline/model.ts';
import { SEEDS_DIR, seedModel } from '../helpers/seeds.ts';
import { scratchDir } from '../helpers/scratch.ts';

const model = seedModel();

/** The definition, as the task page first wrote it: rank every task of the corpus. */
function byDefinition(all: PolicyModel, task: Task) {
  const topics = topicsOfTask(task);
  return all.tasks
    .filter((t) => t.doc !== task.doc)
    .map((t) => ({ t, shared: topicsOfTask(t).filter((x) => topics.includes(x)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.t.id.localeCompare(b.t.id))
    .slice(0, 8)
    .map((r) => ({ id: r.t.id, shared: r.shared.map((s) => s.slug) }));
}

describe('related tasks', () => {
  it('ranks exactly as the definition does, for every task of the seeds', () => {
    for (const task of model.tasks) {
      expect(relatedTasks(model, task).map((r) => ({ id: r.task.id, shared: r.shared.map((s) => s.slug) }))).toEqual(byDefinition(model, task));
    }
  });

  it('ranks exactly as the definition does in a corpus of 40 plans, where many tasks share their topics', () => {
    const scratch = scratchDir('zhengceku-related-');
    let large;
    try {
      const corpus = generateCorpus({ ...CORPUS_DEFAULTS, size: 40, seedsDir: SEEDS_DIR, outDir: scratch });
      const { catalog, files } = readSeedFolder(corpus.dir);
      large = runPipeline(catalog, files);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    for (const task of large.tasks) {
      expect(relatedTasks(large, task).map((r) => ({ id: r.task.id, shared: r.shared.map((s) => s.slug) }))).toEqual(byDefinition(large, task));
    }
  });

  it('never lists a task of the same plan, and at most eight', () => {
    const task = model.tasks.find((t) => t.id === 'wuhan-2018/3-1-1')!;
    const related = relatedTasks(model, task);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(8);
    expect(related.every((r) => r.task.doc !== 'wuhan-2018')).toBe(true);
  });

  it('lists nothing for a task without topics (Bozhou 九、(二十二) 加强组织领导)', () => {
    const task = model.tasks.find((t) => t.id === 'bozhou-draft/9-22')!;
    expect(topicsOfTask(task)).toEqual([]);
    expect(relatedTasks(model, task)).toEqual([]);
  });
});
