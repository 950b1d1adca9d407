/** `build:content -- --explain <slug>` and the build summary, as a staff member adding a plan reads them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContent, writeSeedFolder } from '../helpers/cli.ts';

const plan = (name: string) => readFileSync(new URL(`../genre-plans/${name}/input.txt`, import.meta.url));
const entry = (slug: string, city: string, cityId: string) => ({ slug, city, cityId, province: '湖北', file: `${slug}.txt`, originalName: `${slug}.txt`, script: 'zh-Hans' });

describe('build:content on genre plans', () => {
  const seeds = writeSeedFolder({
    files: { 'labelled.txt': new Uint8Array(plan('labelled-lines')), 'unread.txt': new Uint8Array(plan('unreadable-owners')) },
    catalog: [entry('labelled', '梧桥', 'wuqiao'), entry('unread', '枫林渡', 'fenglindu')],
  });

  it('explains one plan: each task with its owners by role and the line each came from', () => {
    const run = buildContent(seeds, undefined, ['--explain', 'labelled', '--quiet']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/— 9 tasks, 9 with owners/);
    expect(run.stdout).toMatch(/牵头: 市教育局；配合: [^\n]+← 单列一行, line \d+: 牵头单位：市教育局/);
    expect(run.stdout).toContain('Owner-like text not read: none.');
  });

  it('lists the owner-like text it could not read, with file, line and column', () => {
    const run = buildContent(seeds, undefined, ['--explain', 'unread', '--quiet']);
    expect(run.stdout).toMatch(/Owner-like text not read \(\d+\):/);
    expect(run.stdout).toMatch(/unread\.txt:28:\d+ warning \[unread-owner\] "（由市商务局会同有关部门研究推进）"/);
  });

  it('says which plans there are when the slug is wrong', () => {
    const run = buildContent(seeds, undefined, ['--explain', 'nope']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--explain: no plan "nope"; the plans are: labelled, unread.');
  });

  it('prints per plan: tasks, tasks with owners, statements by form, units and unread owner text', () => {
    const run = buildContent(seeds);
    const row = (slug: string) => run.stdout.split('\n').find((l) => l.startsWith(slug))!.trim().split(/\s{2,}/);
    expect(run.stdout).toContain('statements inline/line/heading/annex');
    expect(row('labelled').slice(1, 3)).toEqual(['9', '9']);
    expect(row('labelled')[3]).toBe('0/14/0/0');
    expect(Number(row('unread')[5])).toBeGreaterThanOrEqual(4);
  });
});
