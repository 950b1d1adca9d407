/**
 * "The same theme in other cities" on a task page: tasks of other plans that share a topic with
 * this one, most shared topics first, then by id (localeCompare), at most `limit`.
 *
 * Ranking every task of the corpus on every task page costs O(tasks) per page and O(tasks²) per
 * build (24 ms a page at 1,000 plans). Tasks with the same set of topics have the same ranking,
 * so it is computed once per distinct topic set and each page only skips its own plan's tasks.
 */
import type { PolicyModel, Task } from '../pipeline/model.ts';
import { topicsOfTask, type Topic } from './topics.ts';

export interface RelatedTask {
  task: Task;
  /** The topics it shares with the task asked about, in TOPICS order. */
  shared: readonly Topic[];
}

const rankings = new WeakMap<PolicyModel, Map<string, RelatedTask[]>>();

/** Every task sharing a topic with `topics`, ranked. */
function rank(model: PolicyModel, topics: readonly Topic[]): RelatedTask[] {
  const matches: RelatedTask[] = [];
  for (const task of model.tasks) {
    const shared = topicsOfTask(task).filter((x) => topics.includes(x));
    if (shared.length > 0) matches.push({ task, shared });
  }
  return matches.sort((a, b) => b.shared.length - a.shared.length || a.task.id.localeCompare(b.task.id));
}

/**
 * @example relatedTasks(model, wuhanPatentNavigation).map((r) => r.task.id) // ['bozhou-draft/3-6', …] (8 at most)
 */
export function relatedTasks(model: PolicyModel, task: Task, limit = 8): RelatedTask[] {
  const topics = topicsOfTask(task);
  if (topics.length === 0) return [];
  let byTopics = rankings.get(model);
  if (!byTopics) rankings.set(model, (byTopics = new Map()));
  const key = topics.map((t) => t.slug).join(' ');
  let ranking = byTopics.get(key);
  if (!ranking) byTopics.set(key, (ranking = rank(model, topics)));
  const related: RelatedTask[] = [];
  for (const r of ranking) {
    if (related.length === limit) break;
    if (r.task.doc !== task.doc) related.push(r);
  }
  return related;
}
