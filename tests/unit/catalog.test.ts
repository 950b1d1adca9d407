import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCatalog, sha256 } from '../../src/pipeline/catalog.ts';
import { PipelineError } from '../../src/pipeline/messages.ts';
import { readSeedFolder } from '../../scripts/seeds.ts';
import { SEEDS_DIR } from '../helpers/seeds.ts';

const { catalog, files } = readSeedFolder(SEEDS_DIR);

function errorsOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.messages;
    throw error;
  }
  throw new Error('expected a PipelineError');
}

describe('the seed catalog', () => {
  it('pins every seed it received by the sha256 its README gives (seeds/README.md, copied with the seeds)', () => {
    const readme = readFileSync(`${SEEDS_DIR}README.md`, 'utf8');
    const rows = [...readme.matchAll(/^\| (\S+\.txt) \| (\S+) \| (\S+) \| ([0-9a-f]{64}) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(['hangzhou-2023.txt', 'bozhou-draft.txt', 'kunming-2022.txt', 'wuhan-2018.txt']);
    const entries = JSON.parse(catalog).documents as { file: string; city: string; originalName: string; sha256: string }[];
    for (const [, file, city, originalName, sha] of rows) {
      expect(entries.find((e) => e.file === file)).toMatchObject({ city, originalName, sha256: sha });
      expect(sha256(files.find((f) => f.name === file)!.bytes)).toBe(sha);
    }
  });

  it('pairs the four seeds with their entries', () => {
    expect(checkCatalog(catalog, files).map((s) => s.entry.slug)).toEqual(['hangzhou-2023', 'bozhou-draft', 'kunming-2022', 'wuhan-2018']);
  });

  it('fails with the file, line and fix when a file no longer matches its sha256', () => {
    const changed = files.map((f) => (f.name === 'kunming-2022.txt' ? { ...f, bytes: new Uint8Array([...f.bytes, 0x0a]) } : f));
    const [error] = errorsOf(() => checkCatalog(catalog, changed));
    expect(error.ruleId).toBe('sha256-mismatch');
    expect(error.file).toBe('seeds/catalog.json');
    // The line and column of the value at fault: the entry's sha256.
    const lines = catalog.split('\n');
    const line = lines.findIndex((l, i) => l.includes('"sha256"') && i > lines.findIndex((k) => k.includes('"kunming-2022"')));
    expect([error.line, error.column]).toEqual([line + 1, lines[line].indexOf('"06f2') + 1]);
    expect(error.reason).toContain('seeds/kunming-2022.txt has sha256');
    expect(error.fix).toMatch(/restore the original file/);
  });

  it('fails on a seed file that has no catalog entry, giving the sha256 to add', () => {
    const extra = { name: 'xian-2024.txt', bytes: new TextEncoder().encode('西安市知识产权强市建设方案\n') };
    const [error] = errorsOf(() => checkCatalog(catalog, [...files, extra]));
    expect(error).toMatchObject({ ruleId: 'missing-entry', file: 'seeds/xian-2024.txt' });
    expect(error.fix).toContain(sha256(extra.bytes));
  });

  it('fails on an entry whose file is missing', () => {
    const [error] = errorsOf(() => checkCatalog(catalog, files.filter((f) => f.name !== 'wuhan-2018.txt')));
    expect(error).toMatchObject({ ruleId: 'missing-file' });
    expect(error.reason).toContain('seeds/wuhan-2018.txt');
  });

  it('fails on a duplicate slug, naming both files', () => {
    const json = JSON.parse(catalog);
    json.documents[1].slug = 'hangzhou-2023';
    const [error] = errorsOf(() => checkCatalog(JSON.stringify(json, null, 2), files));
    expect(error.ruleId).toBe('duplicate-slug');
    expect(error.reason).toContain('hangzhou-2023.txt');
    expect(error.reason).toContain('bozhou-draft.txt');
  });

  it('fails on a province that is no provincial-level division, naming the entry and its line', () => {
    const json = JSON.parse(catalog);
    json.documents[2].province = '滇';
    const text = JSON.stringify(json, null, 2);
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error).toMatchObject({ ruleId: 'unknown-province', file: 'seeds/catalog.json' });
    expect(error.line).toBe(text.split('\n').findIndex((l) => l.includes('"滇"')) + 1);
    expect(error.reason).toContain('"kunming-2022" names province "滇"');
    expect(error.fix).toContain('浙江省');
  });

  it('takes a province by its full name as well as its short one', () => {
    const json = JSON.parse(catalog);
    json.documents[2].province = '云南省';
    expect(checkCatalog(JSON.stringify(json, null, 2), files).map((s) => s.entry.province)).toContain('云南省');
  });

  it('fails on a malformed entry, naming the field', () => {
    const json = JSON.parse(catalog);
    json.documents[0].sha256 = 'abc';
    const [error] = errorsOf(() => checkCatalog(JSON.stringify(json, null, 2), files));
    expect(error).toMatchObject({ ruleId: 'catalog-schema' });
    expect(error.reason).toContain('documents.0.sha256');
  });

  it('fails on a catalog that is not JSON', () => {
    const [error] = errorsOf(() => checkCatalog('{ "documents": [', files));
    expect(error.ruleId).toBe('catalog-json');
  });
});

describe('catalog errors point at the value at fault', () => {
  const { catalog, files } = readSeedFolder(SEEDS_DIR);
  const withEntry = (change: (entry: Record<string, unknown>) => void) => {
    const json = JSON.parse(catalog);
    change(json.documents[3]);
    return JSON.stringify(json, null, 2);
  };
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it.each(['../../etc', 'Wuhan-2018', 'wuhan 2018', '武汉'])('names the line and column of a bad slug (%s)', (slug) => {
    const text = withEntry((e) => { e.slug = slug; });
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error).toMatchObject({ ruleId: 'catalog-schema', line: lineOf(text, JSON.stringify(slug).slice(0, 6)) });
    expect(error.column).toBeGreaterThan(10);
  });

  it.each(['www.km.gov.cn/c/2022-09-29/1.shtml', 'ftp://www.km.gov.cn/a.txt', 'javascript:alert(1)', '昆明市人民政府网站'])('names the line and column of a sourceUrl that is no http(s) address (%s)', (url) => {
    const text = withEntry((e) => { e.sourceUrl = url; });
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error).toMatchObject({ ruleId: 'catalog-schema', line: lineOf(text, '"sourceUrl"') });
    expect(error.column).toBe(text.split('\n')[lineOf(text, '"sourceUrl"') - 1].indexOf(JSON.stringify(url).slice(0, 4)) + 1);
    expect(error.reason).toContain('documents.3.sourceUrl');
    expect(error.fix).toContain('https://');
  });

  it('takes sourceUrl as optional, and keeps an http(s) address as the plan’s official original', () => {
    const text = withEntry((e) => { e.sourceUrl = 'https://www.wuhan.gov.cn/zwgk/xxgk/zfwj/bgtwj/201812/t20181229_1.shtml'; });
    const seeds = checkCatalog(text, files);
    expect(seeds.find((s) => s.entry.slug === 'wuhan-2018')?.entry.sourceUrl).toMatch(/^https:\/\/www\.wuhan\.gov\.cn\//);
    expect(seeds.find((s) => s.entry.slug === 'kunming-2022')?.entry.sourceUrl).toBeUndefined();
  });

  it('accepts // comments and a trailing comma, as staff editing by hand write them', () => {
    const text = catalog.replace('"documents": [', '"documents": [ // the plans, one entry each').replace(/}\s*]\s*}\s*$/, '},\n  ]\n}\n');
    expect(checkCatalog(text, files)).toHaveLength(4);
  });

  it('names the line and column of a syntax error', () => {
    const text = catalog.replace('"city": "武汉",', '"city": "武汉"');
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error).toMatchObject({ ruleId: 'catalog-json', line: lineOf(text, '"city": "武汉"') + 1 });
  });

  it('refuses a lone surrogate in a catalog string, with the entry’s line', () => {
    const text = catalog.replace('"city": "武汉",', '"city": "\\ud800武汉",');
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error).toMatchObject({ ruleId: 'catalog-surrogate', line: lineOf(text, '\\ud800') });
  });

  it('refuses one city id for two cities, naming both lines', () => {
    const text = withEntry((e) => { e.cityId = 'kunming'; });
    const [error] = errorsOf(() => checkCatalog(text, files));
    expect(error.ruleId).toBe('city-id-clash');
    expect(error.reason).toContain(`names 武汉 here and 昆明 at line ${text.split('\n').findIndex((l) => l.includes('"kunming"')) + 1}`);
  });
});
