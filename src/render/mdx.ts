/**
 * hast → MDX, written directly. Elements become MDX JSX; text is written so that MDX reads back
 * exactly the characters given and nothing else:
 *
 * - every ASCII punctuation character is backslash-escaped (CommonMark lets any of them be), so
 *   `{`, `<`, `*`, backticks, `&` and `\` never start an expression, a tag, emphasis, code or a
 *   character reference;
 * - line breaks are written as character references, so a text stays on its line and keeps the
 *   white space that starts the next line;
 * - a text that stands alone on a line keeps its edge white space as references, and a first
 *   word `import`/`export` cannot start an ESM statement;
 * - attribute values escape `&`, `"` and line breaks as references.
 *
 * Elements that hold blocks (`section`, `div`, …) are written over several lines, their children
 * indented and separated by blank lines; every other element is written on one line. Writing the
 * string directly, rather than through an mdast tree and a general serialiser, keeps a plan of a
 * million lines in linear time and in memory that follows the output.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { find, html } from 'property-information';

/** Elements that hold blocks; every other element holds phrasing and is written on one line. */
const CONTAINERS = new Set(['section', 'article', 'aside', 'figure', 'div', 'table', 'thead', 'tbody', 'tr', 'dl', 'ul', 'ol', 'nav', 'header', 'footer', 'details']);

/** ASCII punctuation, which a backslash escapes in CommonMark and MDX. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const PUNCTUATION_ALL = /[!-/:-@[-`{-~]/g;
const LINE_BREAKS = /[\n\r]/g;

const names = new Map<string, { attribute: string; separator: string }>();
function attributeInfo(key: string): { attribute: string; separator: string } {
  let info = names.get(key);
  if (!info) {
    const found = find(html, key);
    info = { attribute: found.attribute, separator: found.commaSeparated ? ',' : ' ' };
    names.set(key, info);
  }
  return info;
}

/**
 * Text as MDX phrasing: ASCII punctuation backslash-escaped, line breaks as references.
 * @example escapeText('{甲}\n乙') // '\\{甲\\}&#10;乙'
 */
export function escapeText(text: string): string {
  let out = PUNCTUATION.test(text) ? text.replace(PUNCTUATION_ALL, '\\$&') : text;
  if (out.includes('\n') || out.includes('\r')) out = out.replace(LINE_BREAKS, (c) => `&#${c.charCodeAt(0)};`);
  return out;
}

const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;
const ESM_WORD = /^(?:import|export)\b/;

/** A text that stands alone on its line: its edge white space kept, and never read as ESM. */
function escapeFlowText(text: string): string {
  const out = escapeText(text).replace(EDGE_SPACE, (space) => [...space].map((c) => `&#${c.charCodeAt(0)};`).join(''));
  return ESM_WORD.test(out) ? `&#${out.charCodeAt(0)};${out.slice(1)}` : out;
}

function escapeAttribute(value: string): string {
  return /[&"\n\r]/.test(value) ? value.replace(/[&"\n\r]/g, (c) => `&#${c.charCodeAt(0)};`) : value;
}

function attributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === undefined || value === null || value === false) continue;
    const info = attributeInfo(key);
    const written = value === true ? '' : Array.isArray(value) ? value.join(info.separator) : String(value);
    out += ` ${info.attribute}="${escapeAttribute(written)}"`;
  }
  return out;
}

function phrasing(node: ElementContent): string {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type !== 'element') return '';
  const open = `<${node.tagName}${attributes(node.properties)}`;
  if (node.children.length === 0) return `${open} />`;
  let inner = '';
  for (const child of node.children) inner += phrasing(child);
  return `${open}>${inner}</${node.tagName}>`;
}

/** Where MDX goes: pieces of the output in order. */
export type MdxSink = (chunk: string) => void;

/** Comments and empty texts write nothing, and take no blank line. */
function writesNothing(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value === '');
}

/**
 * Writes blocks one after another: each on its own lines, indented in its container and apart
 * from the one before by a blank line. A container may be opened, filled block by block and
 * closed, so a caller can write a long plan without holding its whole tree.
 */
export class BlockWriter {
  private indent = '';
  /** Whether the container being filled (or the document) has no block yet. */
  private empty = true;
  private readonly containers: { tagName: string; empty: boolean }[] = [];

  private readonly write: MdxSink;

  constructor(write: MdxSink) {
    this.write = write;
  }

  /** One block: an element (a container with its children) or a text standing alone. */
  block(node: ElementContent): void {
    if (writesNothing(node) || (node.type !== 'text' && node.type !== 'element')) return;
    if (node.type === 'element' && CONTAINERS.has(node.tagName)) {
      this.openElement(node);
      this.close();
      return;
    }
    this.separate();
    this.write(`${this.indent}${node.type === 'text' ? escapeFlowText(node.value) : phrasing(node)}\n`);
  }

  /** Opens a container and writes the children it already has; blocks written next go inside it. */
  openElement(element: Element): void {
    this.separate();
    this.write(`${this.indent}<${element.tagName}${attributes(element.properties)}>\n`);
    this.containers.push({ tagName: element.tagName, empty: this.empty });
    this.indent += '  ';
    this.empty = true;
    for (const child of element.children) this.block(child);
  }

  /** Closes the container opened last. */
  close(): void {
    const container = this.containers.pop();
    if (!container) throw new Error('BlockWriter.close: no container is open');
    this.indent = this.indent.slice(2);
    this.empty = container.empty;
    this.write(`${this.indent}</${container.tagName}>\n`);
  }

  private separate(): void {
    if (!this.empty) this.write('\n');
    this.empty = false;
  }
}

/** The frontmatter block: JSON, which YAML reads. */
export function frontmatterBlock(frontmatter: Record<string, unknown>): string {
  return `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n`;
}

/**
 * Writes the MDX source for hast content, with optional frontmatter, piece by piece to `write`.
 */
export function writeMdx(content: readonly ElementContent[], write: MdxSink, frontmatter?: Record<string, unknown>): void {
  if (frontmatter) write(frontmatterBlock(frontmatter));
  const writer = new BlockWriter(write);
  for (const node of content) writer.block(node);
}

/**
 * MDX source for hast content, with optional frontmatter.
 * @example toMdx([h('p', { id: 'x' }, '甲{乙}')]) // '<p id="x">甲\\{乙\\}</p>\n'
 */
export function toMdx(content: readonly ElementContent[], frontmatter?: Record<string, unknown>): string {
  const out: string[] = [];
  writeMdx(content, (chunk) => out.push(chunk), frontmatter);
  return out.join('');
}
