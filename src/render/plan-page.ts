/**
 * The MDX of a plan page: the whole repaired text in source order, as rendered by the outline
 * renderer, with frontmatter naming the plan and the view (source text or a 简体 conversion).
 */
import type { PolicyModel } from '../pipeline/model.ts';
import { simplify } from '../pipeline/script.ts';
import { renderContext } from './context.ts';
import { BlockWriter, frontmatterBlock, type MdxSink } from './mdx.ts';
import { writeOutline } from './outline.ts';

export type PlanView = 'source' | 'simplified';

/** File name (without `.mdx`) of the Simplified view of a Traditional plan. */
export function simplifiedViewSlug(slug: string): string {
  return `${slug}--zh-hans`;
}

/**
 * Writes the MDX of one plan in one view, piece by piece, to `write`.
 */
export function writePlanPage(model: PolicyModel, slug: string, view: PlanView, write: MdxSink, anchorAliases?: ReadonlyMap<string, readonly string[]>): void {
  const simplified = view === 'simplified';
  const context = renderContext(model, slug, { ...(simplified ? { transform: simplify, lang: 'zh-Hans' } : {}), anchorAliases });
  write(frontmatterBlock({ doc: slug, view, lang: context.lang }));
  writeOutline(context.doc.outline, context, { taskLinks: true }, new BlockWriter(write));
}

/**
 * MDX for one plan in one view.
 * @example planPageMdx(model, 'wuhan-2018', 'source') // '---\n{ "doc": "wuhan-2018", … }\n---\n\n<section id="notice" …'
 */
export function planPageMdx(model: PolicyModel, slug: string, view: PlanView, anchorAliases?: ReadonlyMap<string, readonly string[]>): string {
  const out: string[] = [];
  writePlanPage(model, slug, view, (chunk) => out.push(chunk), anchorAliases);
  return out.join('');
}
