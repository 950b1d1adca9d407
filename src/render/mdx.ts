/**
 * hast → MDX. Each element becomes an MDX JSX element in an mdast tree, which
 * mdast-util-to-markdown serialises with the MDX extension: source text stays in text nodes,
 * so `{`, `<`, `*` and backticks are escaped by the serialiser, never by hand.
 */
import type { ElementContent, Element, Properties } from 'hast';
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { find, html } from 'property-information';

/** Elements that hold blocks; every other element holds phrasing and is written on one line. */
const CONTAINERS = new Set(['section', 'article', 'aside', 'figure', 'div', 'table', 'thead', 'tbody', 'tr', 'dl', 'ul', 'ol', 'nav', 'header', 'footer', 'details']);

function attributes(properties: Properties): MdxJsxAttribute[] {
  const out: MdxJsxAttribute[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const name = find(html, key).attribute;
    const written = value === true ? '' : Array.isArray(value) ? value.join(find(html, key).commaSeparated ? ',' : ' ') : String(value);
    out.push({ type: 'mdxJsxAttribute', name, value: written });
  }
  return out;
}

function phrasing(node: ElementContent): PhrasingContent[] {
  if (node.type === 'text') return [{ type: 'text', value: node.value }];
  if (node.type !== 'element') return [];
  const element: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: node.tagName,
    attributes: attributes(node.properties),
    children: node.children.flatMap(phrasing),
  };
  return [element];
}

function flow(node: ElementContent): (BlockContent | Paragraph)[] {
  if (node.type === 'element' && CONTAINERS.has(node.tagName)) {
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: node.tagName,
      attributes: attributes(node.properties),
      children: (node as Element).children.flatMap(flow),
    };
    return [element];
  }
  const children = phrasing(node);
  return children.length ? [{ type: 'paragraph', children }] : [];
}

/**
 * MDX source for hast content, with optional frontmatter.
 * @example toMdx([h('p', { id: 'x' }, '甲{乙}')]) // '<p id="x">甲\\{乙}</p>\n'
 */
export function toMdx(content: readonly ElementContent[], frontmatter?: Record<string, unknown>): string {
  const tree: Root = { type: 'root', children: content.flatMap(flow) as RootContent[] };
  const body = toMarkdown(tree, { extensions: [mdxToMarkdown()] });
  if (!frontmatter) return body;
  return `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n${body}`;
}
