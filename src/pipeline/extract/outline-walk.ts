/** Walking the outline: every node in document order, with its ancestors. */
import type { OutlineNode } from '../model.ts';

/** Calls `visit` for each node in document order with the chain of its ancestors. */
export function walk(nodes: readonly OutlineNode[], visit: (node: OutlineNode, ancestors: readonly OutlineNode[]) => void,
  ancestors: readonly OutlineNode[] = []): void {
  for (const node of nodes) {
    visit(node, ancestors);
    walk(node.children, visit, [...ancestors, node]);
  }
}

/** Every node of a subtree, the root first. */
export function descendants(node: OutlineNode): OutlineNode[] {
  const all: OutlineNode[] = [];
  walk([node], (n) => all.push(n));
  return all;
}

/** The text a node shows: label and title for headings, text for paragraphs. */
export function nodeText(node: OutlineNode): string {
  return node.text ?? node.title ?? '';
}

/** The node with `id`, anywhere in the outline. */
export function findNode(nodes: readonly OutlineNode[], id: string): OutlineNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}
