/**
 * The genre plans (tests/genre-plans/) built as a site of their own, as staff adding their city's
 * plan would see it: every plan page shows all its text, no link is broken, and the pages show
 * what the readers found (sub-items, unnumbered parts, annex owners, deadlines, 文号, tables).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/pipeline/catalog.ts';
import type { PolicyModel } from '../../src/pipeline/model.ts';
import { textCoverage } from '../../src/checks/text-coverage.ts';
import { buildContent, buildSite } from '../helpers/cli.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { brokenInternalLinks, builtFiles, builtPages } from '../helpers/site-files.ts';

const root = new URL('../genre-plans/', import.meta.url).pathname;
const seeds = scratchDir('genre-seeds-');
const slugs = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
writeFileSync(join(seeds, 'catalog.json'), JSON.stringify({
  documents: slugs.map((slug) => {
    const bytes = readFileSync(join(root, slug, 'input.txt'));
    writeFileSync(join(seeds, `${slug}.txt`), bytes);
    const { entry } = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8'));
    return { slug, ...entry, file: `${slug}.txt`, originalName: `${slug}.txt`, script: 'zh-Hans', sha256: sha256(new Uint8Array(bytes)) };
  }),
}, null, 2));
const content = buildContent(seeds);
const site = content.status === 0 ? buildSite(content.out) : undefined;
const dist = `${site?.out}/`;
// Read only from a build that worked, so that a failed one is reported by the first test, with its output.
const built = content.status === 0;
const model = (built ? JSON.parse(readFileSync(join(content.out, 'model.json'), 'utf8')) : { documents: [], tasks: [], departments: [] }) as PolicyModel;
const bodies = (built ? JSON.parse(readFileSync(join(content.out, 'bodies.json'), 'utf8')) : {}) as Record<string, { lines: { line: number; text: string }[] }>;
const page = (path: string) => readFileSync(`${dist}${path}index.html`, 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

describe('the genre plans as a site', () => {
  it('builds', () => {
    expect(content.status, content.stderr).toBe(0);
    expect(site?.status, `${site?.stdout}${site?.stderr}`).toBe(0);
    expect(model.documents).toHaveLength(slugs.length);
  });

  it('shows every character of every plan on its page', () => {
    for (const doc of model.documents) {
      const coverage = textCoverage(bodies[doc.slug].lines, page(`policies/${doc.slug}/`));
      expect(coverage.firstMissing, doc.slug).toBeUndefined();
    }
  });

  it('has no broken internal link', () => {
    const { broken, checked } = brokenInternalLinks(builtPages(dist), new Set(builtFiles(dist)));
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('shows 文号, or says it is not stated', () => {
    expect(text(page('policies/inline-lead-cooperate/'))).toContain('文号云政办发〔2024〕9号');
    expect(text(page('policies/jichuan-trailing-owner-line/'))).toContain('文号未载明');
  });

  it('shows a task’s owners from the annex table, its deadline, and the role 配合 apart from 按职责分工负责', () => {
    const annexTask = model.tasks.find((t) => t.doc === 'annex-table' && t.path.join('') === '二、1.')!;
    const html = text(page(annexTask.url.slice(1)));
    expect(html).toContain('分工见方案附件的任务分工表');
    expect(html).toContain('完成时限：2025年12月底前（即2025-12-31前）');
    expect(html).toContain('配合');
    const shared = model.tasks.find((t) => t.doc === 'space-aligned-table' && t.path.join('') === '二、（二）4.')!;
    expect(text(page(shared.url.slice(1)))).toContain('按职责分工负责');
  });

  it('lists deadlines on /tasks/ and what a unit owes by when on its page', () => {
    expect(text(page('tasks/'))).toContain('2026年6月底前完成（2026-06-30）');
    const unit = model.departments.find((d) => d.city === '兰溪湾' && d.name === '市农业农村局')!;
    expect(text(page(unit.url.slice(1)))).toContain('完成时限：2025年12月底前');
  });

  it('renders a table written one row per line as a table, hostile cells as text', () => {
    const html = page('policies/pipe-table-categories/');
    expect(html).toMatch(/<table[\s\S]*&#x3C;3%|<table[\s\S]*&lt;3%/);
    expect(page('policies/space-aligned-table/')).toContain('<th');
  });
});
