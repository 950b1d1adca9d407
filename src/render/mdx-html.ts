/**
 * MDX → HTML without a bundler: the plan pages' MDX is evaluated by the MDX compiler with a JSX
 * runtime that builds hast, then serialised. The pages hold only HTML elements, so no component
 * code is needed, and a thousand plans cost a thousand evaluations rather than a thousand bundled
 * modules in Vite's memory.
 */
import { evaluate } from '@mdx-js/mdx';
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

type Child = ElementContent | Root | string | number | null | undefined | boolean | Child[];
const Fragment = Symbol('Fragment');

function flatten(children: Child): ElementContent[] {
  if (children === null || children === undefined || typeof children === 'boolean') return [];
  if (Array.isArray(children)) return children.flatMap(flatten);
  if (typeof children === 'string' || typeof children === 'number') return [{ type: 'text', value: String(children) }];
  if (children.type === 'root') return children.children as ElementContent[];
  return [children];
}

function jsx(type: unknown, props: Record<string, unknown> & { children?: Child }): ElementContent | Root {
  const { children, ...properties } = props ?? {};
  if (type === Fragment) return { type: 'root', children: flatten(children ?? null) };
  if (typeof type === 'function') return type(props);
  if (typeof type !== 'string') throw new Error(`MDX content may hold HTML elements only; found a ${typeof type}.`);
  return h(type, properties as Record<string, string>, flatten(children ?? null));
}

/**
 * Splits `---` frontmatter (JSON or YAML flow, as build-content writes it) from the MDX body.
 * @example splitFrontmatter('---\n{"doc":"a"}\n---\n\n<p>甲</p>\n') // { frontmatter: '{"doc":"a"}', body: '<p>甲</p>\n' }
 */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  if (!source.startsWith('---\n')) return { frontmatter: '', body: source };
  const end = source.indexOf('\n---\n', 4);
  if (end < 0) throw new Error('frontmatter opened with --- is never closed');
  return { frontmatter: source.slice(4, end), body: source.slice(end + 5).replace(/^\n/, '') };
}

/**
 * The HTML of an MDX body.
 * @example await mdxToHtml('<p id="x">甲\\{乙}</p>') // '<p id="x">甲{乙}</p>'
 */
export async function mdxToHtml(body: string): Promise<string> {
  const { default: Content } = await evaluate(body, { Fragment, jsx, jsxs: jsx, development: false } as never);
  return toHtml((Content as (props: object) => Root)({}));
}
