/** Nothing lost: the page of each plan's text as received shows its repaired source body exactly, annotations aside. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipelineWithText } from '../../src/pipeline/index.ts';
import { textCoverage } from '../../src/checks/text-coverage.ts';
import { sourceViewUrl } from '../../src/lib/reading.ts';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';
import { DIST } from '../helpers/static-server.ts';

const { catalog, files } = readSeedFolder(SEEDS_DIR);
const { bodies, model } = runPipelineWithText(catalog, files);

describe.each([...bodies.keys()])('plan page of %s', (slug) => {
  const html = readFileSync(`${DIST}${sourceViewUrl(model.documents.find((d) => d.slug === slug)!).slice(1)}index.html`, 'utf8');

  it('shows every character of the repaired body, in order, and adds no unmarked text', () => {
    const coverage = textCoverage(bodies.get(slug)!, html);
    expect(coverage.firstMissing).toBeUndefined();
    expect(coverage.found).toBe(coverage.total);
    expect(coverage.extra).toBe(0);
  });

  it('would be caught losing a paragraph', () => {
    const cut = html.replace(/<p id="([\w-]+-p1)"[^>]*>.*?<\/p>/, '');
    expect(cut).not.toBe(html);
    expect(textCoverage(bodies.get(slug)!, cut).firstMissing).toBeDefined();
  });
});
