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
import type { ElementContent, Properties } from 'hast';
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

/** Comments, doctypes and empty texts write nothing, and take no blank line. */
function writesNothing(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value === '');
}

/** Block children, separated by blank lines. */
function flowChildren(children: readonly ElementContent[], indent: string, write: MdxSink): void {
  let first = true;
  for (const child of children) {
    if (writesNothing(child)) continue;
    if (!first) write('\n');
    flow(child, indent, write);
    first = false;
  }
}

/** Writes one block child at `indent`. */
function flow(node: ElementContent, indent: string, write: MdxSink): void {
  if (node.type === 'text') {
    write(`${indent}${escapeFlowText(node.value)}\n`);
  } else if (node.type === 'element' && CONTAINERS.has(node.tagName)) {
    const open = `${indent}<${node.tagName}${attributes(node.properties)}`;
    if (node.children.length === 0) {
      write(`${open} />\n`);
      return;
    }
    write(`${open}>\n`);
    flowChildren(node.children, `${indent}  `, write);
    write(`${indent}</${node.tagName}>\n`);
  } else if (node.type === 'element') {
    write(`${indent}${phrasing(node)}\n`);
  }
}

/** The frontmatter block: JSON, which YAML reads. */
function frontmatterBlock(frontmatter: Record<string, unknown>): string {
  return `---\n${JSON.stringify(frontmatter, null, 2)}\n---\n\n`;
}

/**
 * Writes the MDX source for hast content, with optional frontmatter, piece by piece to `write`,
 * so a very long plan never becomes one string.
 */
export function writeMdx(content: readonly ElementContent[], write: MdxSink, frontmatter?: Record<string, unknown>): void {
  if (frontmatter) write(frontmatterBlock(frontmatter));
  flowChildren(content, '', write);
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
