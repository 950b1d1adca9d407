import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJson, writeJsonFile } from '../../scripts/json-file.ts';
import { scratchDir } from '../helpers/scratch.ts';
import { seedModel } from '../helpers/seeds.ts';

const pieces = (value: unknown) => {
  const out: string[] = [];
  writeJson(value, (chunk) => out.push(chunk));
  return out;
};

describe('writeJson', () => {
  it.each([
    ['nested objects and arrays', { a: [1, { b: 2, c: [] }], d: {}, e: '引号"与\\反斜杠\n' }],
    ['undefined, functions and symbols, as JSON.stringify drops or nulls them', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: null }],
    ['a toJSON method', { when: new Date(0), list: [new Date(1)] }],
    ['lone surrogates and odd keys', { '\ud800': '\udc00', 'a"b': [[[]]], 0: 1 }],
    ['a top-level primitive', '甲'],
  ])('writes %s exactly as JSON.stringify does', (_, value) => {
    expect(pieces(value).join('')).toBe(JSON.stringify(value));
  });

  it('writes the seeds’ model exactly as JSON.stringify does', () => {
    const model = seedModel();
    expect(pieces(model).join('')).toBe(JSON.stringify(model));
  });

  it('writes a long plan’s outline in small pieces, none of them near the whole', () => {
    const children = Array.from({ length: 50_000 }, (_, i) => ({ id: `p${i}`, text: `事项${i}。`, spans: [{ line: i + 4, start: 0, end: 6 }], children: [] }));
    const value = { documents: [{ slug: 'long', outline: [{ id: '1', children: [{ id: '1-1', children }] }] }] };
    const out = pieces(value);
    expect(out.join('')).toBe(JSON.stringify(value));
    expect(Math.max(...out.map((c) => c.length))).toBeLessThan(JSON.stringify(value).length / 100);
  });

  it('writes a file that reads back as the value', () => {
    const path = join(scratchDir('json-file-'), 'model.json');
    const model = seedModel();
    writeJsonFile(path, model);
    expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(model));
  });
});
