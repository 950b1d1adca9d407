import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { openDataSchemas, TABLE_NAMES } from '../../src/open-data/tables.ts';
import { DIST } from '../helpers/static-server.ts';
import { seedModel } from '../helpers/seeds.ts';

describe.each(TABLE_NAMES)('open data table %s', (name) => {
  const json = JSON.parse(readFileSync(`${DIST}data/${name}.json`, 'utf8')) as Record<string, unknown>[];
  const csvText = readFileSync(`${DIST}data/${name}.csv`, 'utf8');

  it('matches its published schema', () => {
    expect(() => openDataSchemas[name].parse(json)).not.toThrow();
    expect(json.length).toBeGreaterThan(0);
  });

  it('has a CSV twin in UTF-8 with a byte-order mark, one row per record, the same columns', () => {
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    // Read as Excel, WPS and Python's csv module read it: any line break outside quotes ends a record.
    const rows = parse(csvText.slice(1), { columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];
    expect(rows).toHaveLength(json.length);
    expect(Object.keys(rows[0])).toEqual(Object.keys(json[0]));
  });
});

describe('open data content', () => {
  const tasks = JSON.parse(readFileSync(`${DIST}data/tasks.json`, 'utf8'));
  const model = seedModel();

  it('publishes every task with its owners as department, name as written, role and clause', () => {
    expect(tasks).toHaveLength(model.tasks.length);
    const task = tasks.find((t: { id: string }) => t.id === 'bozhou-draft/2-5');
    expect(task.owners[8]).toEqual({ department: 'bozhou-shi-shi-chang-jian-guan-ju', name: '市市场监管局(知识产权局)', role: 'lead', clause: 1 });
    expect(task.path).toEqual(['二、', '(五)']);
  });

  it('keeps flagged figures as written in the CSV', () => {
    const csv = readFileSync(`${DIST}data/indicators.csv`, 'utf8');
    expect(csv).toContain('92?');
    expect(csv).toContain('missing-value');
  });
});
