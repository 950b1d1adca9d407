import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/pipeline/model.ts';
import { parsedSeed } from '../helpers/seeds.ts';

function allNodes(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children)]);
}

describe.each(['hangzhou-2023', 'bozhou-draft', 'kunming-2022', 'wuhan-2018'])('%s: no text is lost', (slug) => {
  const parsed = parsedSeed(slug);
  const nodes = allNodes(parsed.outline);

  it('places every visible character of the repaired body in exactly one node', () => {
    const owners = new Map<string, string[]>();
    for (const node of nodes) {
      for (const span of node.spans) {
        for (let i = span.start; i < span.end; i++) {
          const key = `${span.line}:${i}`;
          owners.set(key, [...(owners.get(key) ?? []), node.id]);
        }
      }
    }
    const lost: string[] = [];
    const twice: string[] = [];
    for (const line of parsed.lines) {
      [...line.text].forEach((char, i) => {
        if (/\s/.test(char)) return;
        const claimed = owners.get(`${line.number}:${i}`) ?? [];
        if (claimed.length === 0) lost.push(`${line.number}:${i + 1} ${char}`);
        if (claimed.length > 1) twice.push(`${line.number}:${i + 1} ${char} in ${claimed.join(', ')}`);
      });
    }
    expect(lost).toEqual([]);
    expect(twice).toEqual([]);
  });

  it('gives each node the very text its spans cover', () => {
    const lineText = new Map(parsed.lines.map((l) => [l.number, l.text]));
    for (const node of nodes.filter((n) => n.kind === 'paragraph' || n.kind === 'closing')) {
      const covered = node.spans.map((s) => lineText.get(s.line)!.slice(s.start, s.end)).join('');
      expect(covered).toBe(node.text);
    }
    for (const node of nodes.filter((n) => n.kind === 'section' || n.kind === 'item' || n.kind === 'point')) {
      const [label, title] = node.spans.map((s) => lineText.get(s.line)!.slice(s.start, s.end));
      expect(label).toBe(node.label);
      expect(title).toBe(node.title);
    }
  });
});
