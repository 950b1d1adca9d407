/**
 * Nothing lost: the repaired source body of a plan must appear in its plan page, in order,
 * character for character (white space aside). What the site adds to a page (owner summaries,
 * flags, the text as received beside a repair) carries `data-annotation` and is left out; lines
 * that only frame a flattened table or a box (`|`), and the pipes between the cells of a table
 * written one row per line, are markup, not text.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** A repaired body line, numbered as in the file received. */
export interface BodyLine {
  line: number;
  text: string;
}

export interface Coverage {
  /** Characters of the body (white space aside). */
  total: number;
  /** How many of them appear in the page, in order. */
  found: number;
  /** Characters of the page that are neither body text nor marked as annotation. */
  extra: number;
  /** Where the first body character missing from the page is. */
  firstMissing?: { line: number; column: number; context: string };
}

/** Whether a line only frames a table or a box. */
export function isMarkupLine(text: string): boolean {
  return /^\s*[|｜]\s*$/.test(text);
}

function isElement(node: ElementContent | Root): node is Element {
  return node.type === 'element';
}

/** The text of the page's source region (`article.plan-text`), annotations left out, white space removed. */
export function pageSourceText(html: string): string {
  const tree = fromHtml(html);
  let out = '';
  const visit = (node: ElementContent | Root, inside: boolean) => {
    if (node.type === 'text') {
      if (inside) out += node.value;
      return;
    }
    if (!('children' in node)) return;
    if (isElement(node as ElementContent) && (node as Element).properties.dataAnnotation !== undefined) return;
    const classes = isElement(node as ElementContent) ? ((node as Element).properties.className as string[] | undefined) ?? [] : [];
    const now = inside || ((node as Element).tagName === 'article' && classes.includes('plan-text'));
    for (const child of node.children as ElementContent[]) visit(child, now);
  };
  visit(tree, false);
  return out.replace(/\s+/g, '');
}

/**
 * How much of the body the page shows, in order.
 * @example textCoverage([{ line: 1, text: '甲乙' }], '<article class="plan-text">甲乙</article>') // { total: 2, found: 2, extra: 0 }
 */
export function textCoverage(body: readonly BodyLine[], html: string): Coverage {
  const page = pageSourceText(html);
  const chars: { char: string; line: number; column: number }[] = [];
  for (const line of body) {
    if (isMarkupLine(line.text)) continue;
    // In a table written one row per line, the pipes between cells are the table's lines.
    const row = (line.text.match(/[|｜]/g) ?? []).length >= 1 && line.text.split(/[|｜]/).filter((c) => c.trim()).length >= 2;
    [...line.text].forEach((char, i) => {
      if (row && /[|｜]/.test(char)) return;
      if (!/\s/.test(char)) chars.push({ char, line: line.line, column: i + 1 });
    });
  }
  const pageChars = [...page];
  let p = 0;
  let found = 0;
  let firstMissing: Coverage['firstMissing'];
  for (let i = 0; i < chars.length; i++) {
    const q = pageChars.indexOf(chars[i].char, p);
    if (q >= 0) {
      found++;
      p = q + 1;
    } else if (!firstMissing) {
      const c = chars[i];
      firstMissing = { line: c.line, column: c.column, context: chars.slice(i, i + 12).map((x) => x.char).join('') };
    }
  }
  return { total: chars.length, found, extra: pageChars.length - found, ...(firstMissing ? { firstMissing } : {}) };
}
