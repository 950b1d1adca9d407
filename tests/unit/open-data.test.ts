import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { fieldNotes, openDataSchemas, TABLE_NAMES, tableRows, toCsv } from '../../src/open-data/tables.ts';
import { siteOf } from '../../src/lib/model.ts';
import { roleCounts } from '../../src/lib/departments.ts';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();

/**
 * CSV read as Excel, WPS and Python's csv module read it: any line break outside quotes ends a
 * record, and every record must have as many fields as the header.
 */
const readStrictly = (csv: string) =>
  parse(csv, { bom: true, columns: true, record_delimiter: ['\r\n', '\n', '\r'] }) as Record<string, string>[];

describe('tasks.csv', () => {
  const csv = toCsv(tableRows(model, 'tasks'));

  it('holds exactly one record per task, though tasks’ text runs over several lines', () => {
    expect(model.tasks.filter((t) => t.text.includes('\n')).map((t) => t.id)).toContain('hangzhou-2023/2-4-14');
    const rows = readStrictly(csv);
    expect(rows.map((r) => r.id)).toEqual(model.tasks.map((t) => t.id));
  });

  it('keeps each line break of Hangzhou’s 2-4-14 and 2-5-17 inside their text field', () => {
    const rows = readStrictly(csv);
    for (const id of ['hangzhou-2023/2-4-14', 'hangzhou-2023/2-5-17']) {
      expect(rows.find((r) => r.id === id)!.text).toBe(model.tasks.find((t) => t.id === id)!.text);
    }
    expect(rows.find((r) => r.id === 'hangzhou-2023/2-4-14')!.text).toMatch(/^14\.健全知識產權公共服務體系。\n完善/);
  });
});

describe('toCsv', () => {
  it('ends records with CRLF and quotes a field holding LF, CR, a comma or a quote', () => {
    const rows = [{ a: '甲\n乙', b: '丙\r丁', c: '1,2', d: '他说“好”"', e: '平常' }];
    expect(toCsv(rows)).toBe('\uFEFFa,b,c,d,e\r\n"甲\n乙","丙\r丁","1,2","他说“好”""",平常\r\n');
    expect(readStrictly(toCsv(rows))).toEqual([rows[0]]);
  });
});

describe('departments table', () => {
  const rows = tableRows(model, 'departments') as { id: string; led: number; coOwned: number; responsible: number; planLevel: number }[];
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('does not count Hangzhou’s plan-level lead as leading its twenty tasks', () => {
    expect(row('hangzhou-shi-shi-chang-jian-guan-ju')).toMatchObject({ led: 0, coOwned: 0, responsible: 0, planLevel: 20 });
  });

  it('counts each unit’s tasks as its page does, role by role', () => {
    const site = siteOf(model);
    for (const r of rows) {
      const counts = roleCounts(site, r.id);
      expect({ id: r.id, led: r.led, coOwned: r.coOwned, responsible: r.responsible, planLevel: r.planLevel })
        .toEqual({ id: r.id, led: counts.lead, coOwned: counts.co, responsible: counts.responsible, planLevel: counts.document });
    }
  });

  it('matches its schema, which says what planLevel counts', () => {
    expect(() => openDataSchemas.departments.parse(rows)).not.toThrow();
    expect(fieldNotes('departments').planLevel).toContain('不计入牵头数');
  });

  it('has field notes that /data/ shows in Chinese, with no field names or values in English', () => {
    const notes = TABLE_NAMES.flatMap((name) => Object.values(fieldNotes(name)));
    expect(notes).toHaveLength(11);
    for (const note of notes) expect(note).not.toMatch(/[A-Za-z]{4,}/);
  });
});

describe('CSV cells a spreadsheet would run', () => {
  it('are neutralised with a leading quote, in the CSV only; numbers stay numbers', () => {
    const csv = toCsv([{ text: '=HYPERLINK("http://x")', name: '@SUM(A1)', minus: '-2+3', amount: '-12.5', plain: '市科技局' }]);
    const [row] = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(row).toEqual({ text: '\'=HYPERLINK("http://x")', name: "'@SUM(A1)", minus: "'-2+3", amount: '-12.5', plain: '市科技局' });
  });
});
