/** Source positions of text inside outline nodes, as `file:line:column` of the file received. */
import type { OutlineNode } from '../model.ts';
import type { EditedLine } from '../repair/line-edits.ts';

/** Finds the line and column (1-based, in the file received) of an offset into a node's text. */
export function placer(lines: readonly EditedLine[]) {
  const byNumber = new Map(lines.map((l) => [l.number, l]));
  return (node: OutlineNode, offset: number): { line: number; column: number } => {
    // A paragraph's text is its first span; a heading's title is its second, after the label.
    const span = node.text === undefined && node.title !== undefined ? node.spans[1] : node.spans[0];
    if (!span) return { line: node.line, column: 1 };
    const line = byNumber.get(span.line);
    const at = span.start + offset;
    return { line: span.line, column: (line ? line.toSourceOffset(at) : at) + 1 };
  };
}
