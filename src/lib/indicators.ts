/**
 * Where an indicator lives on the site: its own page (`/indicators/<plan>/<local>/`) and its row on
 * the indicator table (`/indicators/#<plan>-<local>`), both from the id the pipeline gave it.
 */
import type { Indicator, Task } from '../pipeline/model.ts';
import { descendants, findNode } from '../pipeline/extract/outline-walk.ts';
import type { Site } from './model.ts';

/**
 * The indicator's id within its plan.
 * @example indicatorLocal({ id: 'bozhou-draft/1-2-table1-r6', doc: 'bozhou-draft' }) // '1-2-table1-r6'
 */
export function indicatorLocal(indicator: Pick<Indicator, 'id' | 'doc'>): string {
  const prefix = `${indicator.doc}/`;
  if (!indicator.id.startsWith(prefix)) throw new Error(`indicator ${indicator.id} does not start with its plan "${prefix}"; the pipeline builds ids as <plan>/<local>.`);
  return indicator.id.slice(prefix.length);
}

/**
 * The id of the indicator's row on /indicators/, which links made before indicators had pages still use.
 * @example indicatorAnchor({ id: 'bozhou-draft/1-2-table1-r6', doc: 'bozhou-draft' }) // 'bozhou-draft-1-2-table1-r6'
 */
export function indicatorAnchor(indicator: Pick<Indicator, 'id' | 'doc'>): string {
  return `${indicator.doc}-${indicatorLocal(indicator)}`;
}

/** The task whose text states the indicator, if it is stated inside a task. */
export function taskOfIndicator(site: Site, indicator: Indicator): Task | undefined {
  const doc = site.document(indicator.doc);
  return site.tasksOf(doc.slug).find((task) => {
    const node = findNode(doc.outline, task.node);
    return node !== undefined && descendants(node).some((n) => n.id === indicator.node);
  });
}
