/**
 * "其他城市的同类任务" on a task page: the tasks of other plans closest to this one, spread across
 * plans.
 *
 * - **Closest.** Two tasks are close when their texts share words that are rare in the library:
 *   each task's title and text (in Simplified form) become character bigrams weighted by TF-IDF,
 *   so 知识/产权/加强, said by every task, weigh nothing, and 质押/融资/保险 weigh much. A task keeps
 *   its `SIGNATURE` most distinctive bigrams; closeness is the dot product of two normalised
 *   signatures, plus a little for each theme (topics.ts) the two share.
 * - **Spread.** The closest task of each plan first, then the second closest of each, and so on,
 *   at most `PER_PLAN` from one plan: eight tasks from one plan would hide the other cities.
 * - **Cost.** Candidates come from an inverted index of the signatures, so a page costs the
 *   postings of its own `SIGNATURE` bigrams, not a pass over the whole library.
 */
import type { PolicyModel, Task } from '../pipeline/model.ts';
import { shadow } from '../pipeline/script.ts';
import { topicsOfTask, type Topic } from './topics.ts';

export interface RelatedTask {
  task: Task;
  /** The topics it shares with the task asked about, in TOPICS order. */
  shared: readonly Topic[];
  /** How close it is: the signatures' dot product plus the shared themes' bonus. */
  score: number;
}

/** Bigrams kept per task. */
const SIGNATURE = 32;
/** Tasks shown from one plan, at most. */
export const PER_PLAN = 2;
/** Closeness below which a task is not shown: one common word in passing is not a like task. */
export const MIN_SCORE = 0.08;
/** Added per shared theme. */
const THEME_BONUS = 0.05;

interface Index {
  /** Per task (by position in model.tasks): its signature, bigram → weight, normalised. */
  signatures: Map<string, number>[];
  /** bigram → the tasks whose signature holds it, with its weight there. */
  postings: Map<string, { task: number; weight: number }[]>;
  position: Map<Task, number>;
}

const HAN = /\p{Script=Han}/u;

/** The Han-character bigrams of a text, with their counts. */
function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const chars = [...shadow(text)];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (!HAN.test(chars[i]) || !HAN.test(chars[i + 1])) continue;
    const gram = chars[i] + chars[i + 1];
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

const indexes = new WeakMap<readonly Task[], Index>();

function indexOf(tasks: readonly Task[]): Index {
  let index = indexes.get(tasks);
  if (index) return index;
  const counts = tasks.map((t) => bigrams(`${t.title}\n${t.text}`));
  const documentFrequency = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
  const signatures = counts.map((c) => {
    const weighted = [...c].map(([gram, n]): [string, number] => [gram, (1 + Math.log(n)) * Math.log(tasks.length / documentFrequency.get(gram)!)])
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, SIGNATURE);
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    return new Map(weighted.map(([gram, w]) => [gram, w / norm]));
  });
  const postings = new Map<string, { task: number; weight: number }[]>();
  signatures.forEach((signature, task) => {
    for (const [gram, weight] of signature) {
      let list = postings.get(gram);
      if (!list) postings.set(gram, (list = []));
      list.push({ task, weight });
    }
  });
  index = { signatures, postings, position: new Map(tasks.map((t, i) => [t, i])) };
  indexes.set(tasks, index);
  return index;
}

/**
 * The tasks of other plans closest to `task`, spread across plans, at most `limit`.
 * @example relatedTasks(model, kunmingPledgeTask).map((r) => r.task.doc) // ['wuhan-2018', 'hangzhou-2023', 'bozhou-draft', …]
 */
export function relatedTasks(model: PolicyModel, task: Task, limit = 8): RelatedTask[] {
  const index = indexOf(model.tasks);
  const self = index.position.get(task);
  if (self === undefined) return [];
  const scores = new Map<number, number>();
  for (const [gram, weight] of index.signatures[self]) {
    for (const posting of index.postings.get(gram) ?? []) {
      if (model.tasks[posting.task].doc === task.doc) continue;
      scores.set(posting.task, (scores.get(posting.task) ?? 0) + weight * posting.weight);
    }
  }
  const topics = topicsOfTask(task);
  const ranked = [...scores].map(([i, score]): RelatedTask => {
    const other = model.tasks[i];
    const shared = topicsOfTask(other).filter((t) => topics.includes(t));
    return { task: other, shared, score: score + THEME_BONUS * shared.length };
  }).filter((r) => r.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.task.id.localeCompare(b.task.id));
  // Round by round: each plan's closest, then each plan's second closest.
  const round = new Map<RelatedTask, number>();
  const seen = new Map<string, number>();
  for (const r of ranked) {
    const n = seen.get(r.task.doc) ?? 0;
    seen.set(r.task.doc, n + 1);
    if (n < PER_PLAN) round.set(r, n);
  }
  return [...round.keys()].sort((a, b) => round.get(a)! - round.get(b)!).slice(0, limit);
}
