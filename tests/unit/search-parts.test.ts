import { describe, expect, it } from 'vitest';
import { indexPartFolder } from '../../src/search/contract.ts';
import { PART_CHARACTERS, partCharacters, partCount, partOf, RECORD_CHARACTERS, recordCharacters, splitIntoParts } from '../../src/search/parts.ts';
import { searchRecords } from '../../src/search/records.ts';
import { seedModel } from '../helpers/seeds.ts';

const records = searchRecords(seedModel());
const total = records.reduce((sum, r) => sum + recordCharacters(r), 0);

describe('search index parts', () => {
  it('weigh a record by its text and a fixed cost for its metadata', () => {
    const task = records.find((r) => r.url === '/policies/hangzhou-2023/2-2-8/')!;
    const text = [...task.passages, ...task.indexOnly].join('').length;
    expect(recordCharacters(task)).toBe(text + RECORD_CHARACTERS);
  });

  it('keep the four seeds in one part, and split them once the limit is passed', () => {
    expect(partCount(records)).toBe(1);
    expect(partCount(records, total)).toBe(1);
    expect(partCount(records, total - 1)).toBe(2);
    expect(partCount(records, Math.ceil(total / 3))).toBe(3);
    expect(partCount([], 1000)).toBe(1);
  });

  it('leave out a part no record falls in, so that every part written holds records', () => {
    const limit = 300; // about 180 parts for 237 records: some get none
    const nominal = Math.ceil(total / limit);
    const split = splitIntoParts(records, limit);
    expect(split.length).toBeLessThan(nominal);
    expect(split.every((part) => part.length > 0)).toBe(true);
    expect(split.flat().map((r) => r.url).sort()).toEqual(records.map((r) => r.url).sort());
    expect(partCount(records, limit)).toBe(split.length);
    for (const part of split) expect(new Set(part.map((r) => partOf(r.url, nominal))).size).toBe(1);
  });

  it('put each record in one part by its URL, the same every time, and use every part', () => {
    expect(records.every((r) => partOf(r.url, 1) === 0)).toBe(true);
    const parts = records.map((r) => partOf(r.url, 3));
    expect(parts.every((p) => Number.isInteger(p) && p >= 0 && p < 3)).toBe(true);
    expect(records.map((r) => partOf(r.url, 3))).toEqual(parts);
    const sizes = [0, 1, 2].map((p) => parts.filter((x) => x === p).length);
    for (const size of sizes) expect(size).toBeGreaterThan(records.length / 6);
  });

  it('read the limit from SEARCH_PART_CHARACTERS, and refuse a limit that is not a whole number of at least 1000', () => {
    expect(partCharacters({})).toBe(PART_CHARACTERS);
    expect(partCharacters({ SEARCH_PART_CHARACTERS: '' })).toBe(PART_CHARACTERS);
    expect(partCharacters({ SEARCH_PART_CHARACTERS: '20000' })).toBe(20000);
    for (const bad of ['abc', '12.5', '999', '-5']) {
      expect(() => partCharacters({ SEARCH_PART_CHARACTERS: bad })).toThrow(/SEARCH_PART_CHARACTERS is .*whole number of characters per search index part, at least 1000/);
    }
  });

  it('write the first part in Pagefind’s own folder and the others inside it', () => {
    expect([0, 1, 2].map(indexPartFolder)).toEqual(['pagefind/', 'pagefind/part-2/', 'pagefind/part-3/']);
  });
});
