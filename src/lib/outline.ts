/** Finding outline nodes from the pages' side. */
import type { OutlineNode } from '../pipeline/model.ts';

/**
 * The innermost node that owns text on a source line, for linking a line to its anchor.
 * @example nodeAtLine(doc.outline, 19) // 'node with id "1-p2"'
 */
export function nodeAtLine(nodes: readonly OutlineNode[], line: number): OutlineNode | undefined {
  for (const node of nodes) {
    const inner = nodeAtLine(node.children, line);
    if (inner) return inner;
    if (node.spans.some((s) => s.line === line)) return node;
  }
  return undefined;
}
