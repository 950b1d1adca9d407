/** Tables written one row per line (pipes, full-width pipes, tabs, aligned spaces), read into tables and indicator rows. */
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/pipeline/extract/outline-walk.ts';
import type { OutlineNode, PolicyModel } from '../../src/pipeline/model.ts';
import { runOn } from '../helpers/seeds.ts';

const entry = { city: '云岭', cityId: 'yunling', province: '云南' };
const plan = (table: string[]) => ['云岭市科技创新行动方案', '一、工作目标', '（一）主要指标', ...table, '二、重点任务', '（一）培育企业。（市科技局负责）'].join('\n');
const tables = (model: PolicyModel) => {
  const found: OutlineNode[] = [];
  walk(model.documents[0].outline, (n) => n.kind === 'table' && found.push(n));
  return found;
};

describe.each([
  ['pipes', '|'],
  ['full-width pipes', '｜'],
  ['tabs', '\t'],
  ['aligned spaces', '\u3000\u3000'],
])('a table with %s', (_, sep) => {
  const rows = [
    `表1\u3000主要指标`,
    ['分类', '指标', '单位', '2022年', '2025年', '属性'].join(sep),
    ['创造', '发明专利拥有量', '件', '1200', '≥2000', '预期性'].join(sep),
    ['—', '高价值专利占比', '%', '—', '<3%', '约束性'].join(sep),
    ['运用', '质押融资额', '亿元', '/', '200（三年累计）', '预期性'].join(sep),
    '注：2022年为基期值。',
  ];
  const model = runOn(plan(rows), entry);
  const [table] = tables(model);

  it('is one table with its caption and header, the note kept as text', () => {
    expect(table.table?.caption).toBe('表1\u3000主要指标');
    expect(table.table?.header).toEqual(['分类', '指标', '单位', '2022年', '2025年', '属性']);
    expect(table.table?.rows.map((r) => r.map((c) => c?.text))).toEqual([
      ['创造', '发明专利拥有量', '件', '1200', '≥2000', '预期性'],
      ['—', '高价值专利占比', '%', '—', '<3%', '约束性'],
      ['运用', '质押融资额', '亿元', '/', '200（三年累计）', '预期性'],
    ]);
    expect(model.documents[0].outline.flatMap((n) => n.children).flatMap((n) => n.children).some((n) => n.text === '注：2022年为基期值。')).toBe(true);
  });

  it('gives one indicator per row, with baseline, years, unit, type and the value as written', () => {
    expect(model.indicators.filter((i) => i.source === 'table').map((i) => [i.name, i.value, i.amount, i.unit, i.baseline, i.baselineYear, i.targetYear, i.attribute, i.comparator]))
      .toEqual([
        ['发明专利拥有量', '≥2000', 2000, '件', '1200', 2022, 2025, '预期性', '≥'],
        ['高价值专利占比', '<3%', 3, '%', null, 2022, 2025, '约束性', '<'],
        ['质押融资额', '200（三年累计）', 200, '亿元', null, 2022, 2025, '预期性', ''],
      ]);
  });
});

describe('a table whose category is written once for several rows', () => {
  const model = runOn(plan([
    '分类｜指标｜2022年｜2025年｜属性',
    '创造质量｜发明专利拥有量（件）｜1200｜2000｜预期性',
    '｜高价值专利占比（%）｜20｜30｜',
    '一、保护成效',
    '｜保护满意度（分）｜80｜85｜预期性',
  ]), entry);

  it('carries the category down, reads a group row as the next category, and flags an empty type', () => {
    expect(model.indicators.filter((i) => i.source === 'table').map((i) => [i.category, i.name, i.unit, i.flags]))
      .toEqual([
        ['创造质量', '发明专利拥有量', '件', []],
        ['创造质量', '高价值专利占比', '%', ['missing-attribute']],
        ['一、保护成效', '保护满意度', '分', []],
      ]);
  });
});
