/**
 * The real seeds taken apart for recombination: each plan's raw lines, and the line range of
 * every task the pipeline finds in it (the task's heading and everything under it), with the
 * owner statements written there. A synthetic plan keeps a seed's skeleton (notice, goals,
 * tables, safeguards, web chrome) and refills its task slots.
 */
import { readSeedFolder } from '../seeds.ts';
import { checkCatalog } from '../../src/pipeline/catalog.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { CatalogEntry } from '../../src/pipeline/model.ts';
import { descendants, findNode } from '../../src/pipeline/extract/outline-walk.ts';

/** The raw lines of one task, as received, and where they came from. */
export interface TaskBlock {
  /** The task's id in the seeds: `wuhan-2018/3-1-1`. */
  source: string;
  script: CatalogEntry['script'];
  /** City and province of the seed, as its catalog names them (Simplified). */
  city: string;
  province: string;
  lines: string[];
  /** Owner statements as written inside `lines`, brackets included. */
  statements: string[];
}

/** A task's place in its seed: lines `[start, end)`, 0-based, and what stands there. */
export interface TaskSlot {
  start: number;
  end: number;
  block: TaskBlock;
}

/** A seed with its task slots in document order. */
export interface SeedPlan {
  entry: CatalogEntry;
  lines: string[];
  slots: TaskSlot[];
}

const LABEL = /^([\s\u3000]*)(\d{1,2}[.．、]|[(（][一二三四五六七八九十]{1,3}[)）])/;

/**
 * A numbered line split into its indent, its label and the rest; undefined when the line does
 * not start with a point (`1.`) or item (`（一）`) label, as a mojibake line does not.
 * @example splitLabel('  2.实施高价值专利培育工程。') // { indent: '  ', label: '2.', rest: '实施高价值专利培育工程。' }
 */
export function splitLabel(line: string): { indent: string; label: string; rest: string } | undefined {
  const m = LABEL.exec(line);
  return m ? { indent: m[1], label: m[2], rest: line.slice(m[0].length) } : undefined;
}

/**
 * Every seed of a folder with its task slots, from the pipeline's own outline: a slot spans
 * the first to the last source line of the task node and its descendants.
 * @example cutSeedPlans('seeds').map((p) => p.slots.length) // [20, 22, 9, 12]
 */
export function cutSeedPlans(dir: string): SeedPlan[] {
  const { catalog, files } = readSeedFolder(dir);
  const model = runPipeline(catalog, files);
  return checkCatalog(catalog, files).map(({ entry, bytes }) => {
    if (entry.encoding !== 'utf-8') {
      throw new Error(`${dir}/${entry.file}: the corpus generator recombines UTF-8 seeds only, and this one is ${entry.encoding}.`);
    }
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n');
    const doc = model.documents.find((d) => d.slug === entry.slug)!;
    const slots = model.tasks.filter((t) => t.doc === entry.slug).map((task): TaskSlot => {
      const node = findNode(doc.outline, task.node)!;
      const numbers = descendants(node).flatMap((n) => [n.line, ...n.spans.map((s) => s.line)]);
      const start = Math.min(...numbers) - 1;
      const end = Math.max(...numbers);
      const blockLines = lines.slice(start, end);
      const text = blockLines.join('\n');
      return {
        start,
        end,
        block: {
          source: task.id,
          script: entry.script,
          city: entry.city,
          province: entry.province,
          lines: blockLines,
          statements: task.clauses.map((c) => c.statement).filter((s) => text.includes(s)),
        },
      };
    });
    slots.sort((a, b) => a.start - b.start);
    for (let i = 1; i < slots.length; i++) {
      if (slots[i].start < slots[i - 1].end) {
        throw new Error(`${dir}/${entry.file}: tasks ${slots[i - 1].block.source} and ${slots[i].block.source} share lines; the generator needs tasks that do not overlap.`);
      }
    }
    return { entry, lines, slots };
  });
}
