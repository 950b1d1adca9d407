/**
 * Snippets of the real seeds in tests/fixtures/<case>/input.txt, run through the whole pipeline;
 * what the model says about them is compared with expected.json beside the input.
 * `UPDATE=1 npm run test:unit` rewrites the expectations: read the diff before committing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutlineNode, PolicyModel } from '../../src/pipeline/model.ts';
import { runOn } from '../helpers/seeds.ts';

const root = new URL('../fixtures/', import.meta.url).pathname;
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

function outline(nodes: readonly OutlineNode[]): unknown[] {
  return nodes.map((n) => {
    const text = n.label || n.title ? `${n.label ?? ''}${n.title ?? ''}` : (n.text ?? '').slice(0, 24);
    const extra = [n.role, n.isTask ? 'task' : '', n.phase ? `${n.phase.from}..${n.phase.to}` : ''].filter(Boolean).join(' ');
    const head = `${n.id} ${n.kind}${extra ? ` (${extra})` : ''} L${n.line}: ${text}`;
    if (n.table) return { [head]: [n.table.header.join(' | '), ...n.table.rows.map((r) => r.map((c) => (c ? c.text : '^')).join(' | '))] };
    return n.children.length ? { [head]: outline(n.children) } : head;
  });
}

function summary(model: PolicyModel) {
  const [doc] = model.documents;
  return {
    document: { title: doc.title, issuer: doc.issuer, issued: doc.issued, status: doc.status, period: doc.period, effective: doc.effective, provenance: { sourceSite: doc.provenance.sourceSite, repostDate: doc.provenance.repostDate } },
    outline: outline(doc.outline),
    tasks: model.tasks.map((t) => ({
      [`${t.node} ${t.path.join('')} ${t.title}`]: t.clauses.map((c) =>
        `${c.statement} → ${t.owners.filter((o) => o.clause === c.index).map((o) => `${o.role}:${o.department}`).join(' ')}`),
      ...(t.planLevelOwners ? { planLevel: t.owners.map((o) => `${o.role}:${o.department}`) } : {}),
    })),
    indicators: model.indicators.map((i) => `${i.id} ${i.name} ${i.comparator} ${i.value}${i.unit} (${i.targetYear ?? '-'})${i.flags.length ? ` [${i.flags.join(',')}]` : ''}`),
    repairs: model.repairs.filter((r) => r.kind !== 'pinyin').map((r) => `${r.line}:${r.column} ${r.kind} ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}`),
    pinyinRemoved: model.repairs.filter((r) => r.kind === 'pinyin').length,
    messages: model.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`),
  };
}

describe.each(cases)('fixture %s', (name) => {
  it('gives the expected model', () => {
    const input = readFileSync(`${root}${name}/input.txt`);
    const entryPath = `${root}${name}/entry.json`;
    const entry = existsSync(entryPath) ? JSON.parse(readFileSync(entryPath, 'utf8')) : {};
    const actual = summary(runOn(new Uint8Array(input), { slug: name, file: `${name}.txt`, ...entry }));
    const expectedPath = `${root}${name}/expected.json`;
    if (process.env.UPDATE || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
