/**
 * The URLs the model itself decides: plan pages and every anchor of their text, task pages,
 * department pages and indicator anchors. Tests use it to show that ids survive re-running the
 * build, reordering plans, repairing a sentence and adding a plan.
 */
import type { OutlineNode, PolicyModel } from '../pipeline/model.ts';

function ids(nodes: readonly OutlineNode[]): string[] {
  return nodes.flatMap((n) => [n.id, ...ids(n.children)]);
}

/**
 * @example modelUrls(model).has('/policies/wuhan-2018/#3-1-1') // true
 */
export function modelUrls(model: PolicyModel): Set<string> {
  const urls = new Set<string>();
  for (const doc of model.documents) {
    urls.add(doc.url);
    for (const id of ids(doc.outline)) urls.add(`${doc.url}#${id}`);
  }
  for (const task of model.tasks) urls.add(task.url);
  for (const department of model.departments) urls.add(department.url);
  for (const indicator of model.indicators) urls.add(indicator.url);
  return urls;
}
