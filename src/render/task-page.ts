/**
 * The text of a task's own page: its subtree as the source writes it and, for a Traditional plan,
 * a machine-converted Simplified copy. The copy carries no ids: each id stays unique on the page,
 * and links to `#2-1-1` land on the text as written.
 */
import { toHtml } from 'hast-util-to-html';
import type { PolicyModel, Task } from '../pipeline/model.ts';
import { findNode } from '../pipeline/extract/outline-walk.ts';
import { simplify } from '../pipeline/script.ts';
import { renderContext } from './context.ts';
import { HEADING, renderOutline } from './outline.ts';

/**
 * HTML of one task's text, and of its Simplified copy when the plan is Traditional.
 * @example taskPageHtml(model, hangzhouTask).simplified // '<section class="item task"><h2>…' (no id)
 */
export function taskPageHtml(model: PolicyModel, task: Pick<Task, 'doc' | 'node'>): { source: string; simplified?: string } {
  const context = renderContext(model, task.doc);
  const node = findNode(context.doc.outline, task.node);
  if (!node) throw new Error(`task ${task.doc}/${task.node}: no node "${task.node}" in the plan's outline; the pipeline builds tasks from outline nodes, so rebuild the content.`);
  // The task's own heading becomes the page's h2, whatever its level in the plan.
  const level = node.kind in HEADING ? HEADING[node.kind as keyof typeof HEADING] : 2;
  const options = { taskLinks: false, headingShift: 2 - level };
  const source = toHtml(renderOutline([node], context, options));
  if (context.doc.script !== 'zh-Hant') return { source };
  const simplifiedContext = renderContext(model, task.doc, { transform: simplify, lang: 'zh-Hans' });
  return { source, simplified: toHtml(renderOutline([node], simplifiedContext, { ...options, ids: false })) };
}
