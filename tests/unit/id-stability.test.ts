/**
 * Ids survive: re-running the build, reordering plans, repairing a sentence and adding a fifth plan
 * change no existing URL.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { sha256 } from '../../src/pipeline/catalog.ts';
import { modelUrls } from '../../src/permalinks/model-urls.ts';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

const seeds = readSeedFolder(SEEDS_DIR);
const baseline = runPipeline(seeds.catalog, seeds.files);
const urls = modelUrls(baseline);

function withFile(name: string, text: string, entry?: Record<string, unknown>) {
  const catalog = JSON.parse(seeds.catalog);
  const bytes = new TextEncoder().encode(text);
  const existing = catalog.documents.find((d: { file: string }) => d.file === name);
  if (existing) existing.sha256 = sha256(bytes);
  else catalog.documents.push({ ...entry, file: name, sha256: sha256(bytes) });
  const files = [...seeds.files.filter((f) => f.name !== name), { name, bytes }];
  return runPipeline(JSON.stringify(catalog), files);
}

const text = (name: string) => new TextDecoder().decode(seeds.files.find((f) => f.name === name)!.bytes);

describe('published URLs', () => {
  it('are the same, and so is the whole model, when the build runs again', () => {
    const again = runPipeline(seeds.catalog, seeds.files);
    expect(JSON.stringify(again)).toBe(JSON.stringify(baseline));
    expect(urls.size).toBeGreaterThan(450);
  });

  it('do not change when the plans are listed in another order', () => {
    const catalog = JSON.parse(seeds.catalog);
    catalog.documents.reverse();
    const reordered = runPipeline(JSON.stringify(catalog), [...seeds.files].reverse());
    expect(modelUrls(reordered)).toEqual(urls);
  });

  it('do not change when a sentence is repaired', () => {
    const kunming = text('kunming-2022.txt').replace('鼓励企业建立商业秘密保护制度。', '鼓励企业建立健全商业秘密保护制度，完善管理。');
    expect(kunming).not.toBe(text('kunming-2022.txt'));
    expect(modelUrls(withFile('kunming-2022.txt', kunming))).toEqual(urls);
  });

  it('do not change when a heading’s words change', () => {
    const wuhan = text('wuhan-2018.txt').replace('1.实施专利导航工程。', '1.深入实施专利导航工程。');
    expect(modelUrls(withFile('wuhan-2018.txt', wuhan))).toEqual(urls);
  });

  it('all remain when a fifth plan is added, whose own URLs are new', () => {
    const fifth = text('kunming-2022.txt').replaceAll('昆明', '曲靖');
    const model = withFile('qujing-2022.txt', fifth, {
      slug: 'qujing-2022', city: '曲靖', cityId: 'qujing', province: '云南', originalName: 'qujing.txt', script: 'zh-Hans',
      webChrome: [{ from: 3, to: 4, what: '来源栏' }],
    });
    const after = modelUrls(model);
    expect([...urls].filter((u) => !after.has(u))).toEqual([]);
    expect([...after].filter((u) => !urls.has(u)).every((u) => u.includes('qujing'))).toBe(true);
    expect(model.tasks.filter((t) => t.doc === 'qujing-2022')).toHaveLength(9);
  });
});
