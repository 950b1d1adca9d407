/**
 * The text of a task's own page: its subtree in the script the plan is read in (src/lib/reading.ts)
 * and, for a Traditional plan, the other script as well — the transcription as received when the
 * page reads in Simplified, a machine-converted Simplified copy when it reads in Traditional. Only
 * the reading text carries ids: each id stays unique on the page, and links to `#2-1-1` land on
 * the text a reader is shown first.
 */
import { toHtml } from 'hast-util-to-html';
import type { PolicyModel, Task } from '../pipeline/model.ts';
import { findNode } from '../pipeline/extract/outline-walk.ts';
import { simplify } from '../pipeline/script.ts';
import { readingOf } from '../lib/reading.ts';
import { renderContext } from './context.ts';
import { HEADING, renderOutline } from './outline.ts';

export interface TaskText {
  html: string;
  lang: 'zh-Hans' | 'zh-Hant';
  /** Whether this is the text as received (false: a machine conversion of it). */
  source: boolean;
}

/**
 * HTML of one task's text in its reading script, and in the other script when the plan is Traditional.
 * @example taskPageHtml(model, hangzhouTask).other // { html: '<section class="item task"><h2>…' (no id), lang: 'zh-Hant', source: true }
 */
export function taskPageHtml(model: PolicyModel, task: Pick<Task, 'doc' | 'node'>): { reading: TaskText; other?: TaskText } {
  const received = renderContext(model, task.doc);
  const node = findNode(received.doc.outline, task.node);
  if (!node) throw new Error(`task ${task.doc}/${task.node}: no node "${task.node}" in the plan's outline; the pipeline builds tasks from outline nodes, so rebuild the content.`);
  // The task's own heading becomes the page's h2, whatever its level in the plan.
  const level = node.kind in HEADING ? HEADING[node.kind as keyof typeof HEADING] : 2;
  const options = { taskLinks: false, headingShift: 2 - level };
  const html = (simplified: boolean, ids: boolean) => {
    const context = simplified ? renderContext(model, task.doc, { transform: simplify, lang: 'zh-Hans' }) : received;
    return toHtml(renderOutline([node], context, ids ? options : { ...options, ids: false }));
  };
  const doc = received.doc;
  if (doc.script !== 'zh-Hant') return { reading: { html: html(false, true), lang: doc.script, source: true } };
  if (readingOf(doc).converted) {
    return { reading: { html: html(true, true), lang: 'zh-Hans', source: false }, other: { html: html(false, false), lang: 'zh-Hant', source: true } };
  }
  return { reading: { html: html(false, true), lang: 'zh-Hant', source: true }, other: { html: html(true, false), lang: 'zh-Hans', source: false } };
}
