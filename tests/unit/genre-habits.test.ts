/**
 * A second, small plan for each habit that only one genre plan shows, in other words and another
 * city, so that no rule stands on one document (tests/genre-plans/ has the first of each).
 */
import { describe, expect, it } from 'vitest';
import { runOn } from '../helpers/seeds.ts';

const entry = { city: '石岭', cityId: 'shiling', province: '贵州' };
const plan = (lines: string[]) => runOn(['石岭县养老服务提升行动方案', ...lines].join('\n'), entry);
const owners = (model: ReturnType<typeof plan>, path: string) =>
  model.tasks.find((t) => t.path.join('') === path)?.owners.map((o) => `${o.role}:${o.name}`);
const warned = (model: ReturnType<typeof plan>, rule: string) => model.messages.filter((m) => m.ruleId === rule).map((m) => m.line);

describe('habits of the genre, seen a second time', () => {
  it('names leaders (people) beside units and reads only the units', () => {
    const model = plan(['一、重点任务', '（一）建设养老服务中心。（责任领导：县委常委某某；牵头部门：县民政局；配合部门：县财政局）']);
    expect(owners(model, '一、（一）')).toEqual(['lead:县民政局', 'cooperate:县财政局']);
  });

  it('reads 股室 and 科室 as units under their labels', () => {
    const model = plan(['一、重点任务', '1.开展老年人能力评估。', '责任科室：养老服务科、社会救助科', '2.培训护理员。【牵头股室：人事股；配合股室：财务股】']);
    expect(owners(model, '一、1.')).toEqual(['responsible:养老服务科', 'responsible:社会救助科']);
    expect(owners(model, '一、2.')).toEqual(['lead:人事股', 'cooperate:财务股']);
  });

  it('gives a statement written after several tasks (以上两项) to each of them', () => {
    const model = plan(['一、重点任务', '1.新建社区食堂。', '2.改造敬老院。', '（以上两项由县民政局牵头，县住房城乡建设局配合）', '3.发展银发旅游。（县文旅局负责）']);
    expect(owners(model, '一、1.')).toEqual(['lead:县民政局', 'cooperate:县住房城乡建设局']);
    expect(owners(model, '一、2.')).toEqual(['lead:县民政局', 'cooperate:县住房城乡建设局']);
    expect(owners(model, '一、3.')).toEqual(['responsible:县文旅局']);
  });

  it('says so when a unit has a role word no reader knows, and keeps a deadline after bare unit names', () => {
    const model = plan(['一、重点任务', '1.建设智慧养老平台。（县大数据中心负责，县民政局督办）', '2.普及适老化改造。（县民政局、县残联；2026年底前）']);
    expect(owners(model, '一、1.')).toEqual(['responsible:县大数据中心']);
    expect(warned(model, 'owner-statement')).toEqual([3]);
    expect(owners(model, '一、2.')).toEqual(['responsible:县民政局', 'responsible:县残联']);
    expect(model.tasks[1].deadline).toMatchObject({ text: '2026年底前', date: '2026-12-31' });
  });

  it('reads goals stated in a paragraph of the outline, under no heading that names goals', () => {
    const model = plan(['一、总体思路', '坚持政府主导。力争到2026年，护理型床位占比达到百分之六十以上，培育养老服务企业二十家。', '二、重点任务', '（一）增加床位。（县民政局负责）']);
    expect(model.indicators.filter((i) => i.source === 'goal').map((i) => [i.name, i.amount, i.unit, i.targetYear]))
      .toEqual([['护理型床位占比', 60, '%', 2026], ['养老服务企业', 20, '家', 2026]]);
  });

  it('heads parts written without a number, when a list numbered from 1 follows', () => {
    const model = plan(['重点工作', '1.扩大普惠养老供给。（县发展改革局负责）', '2.加强人才培养。（县人社局负责）', '保障措施', '1.强化资金保障。', '2.加强督查。']);
    expect(model.tasks.map((t) => t.node)).toEqual(['part-1-1', 'part-1-2']);
  });

  it('makes the first unit of each list its lead when the plan says 排在首位的为牵头单位', () => {
    const model = plan(['注：各项任务排在首位的为牵头单位。', '一、重点任务', '（一）发展助餐服务。（责任单位：县民政局、县市场监管局）']);
    expect(owners(model, '一、（一）')).toEqual(['lead:县民政局', 'responsible:县市场监管局']);
  });

  it('warns at running text that gives work to a unit without an owner statement (由X统筹)', () => {
    const model = plan(['一、重点任务', '（一）开展敬老月活动。活动由县老龄办统筹安排，各乡镇组织实施。']);
    expect(warned(model, 'unread-owner')).toEqual([3]);
  });
});
