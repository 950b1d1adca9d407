import { describe, expect, it } from 'vitest';
import { amountOf, targetsInText } from '../../src/pipeline/extract/indicators.ts';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const of = (doc: string, source?: string) => model.indicators.filter((i) => i.doc === doc && (!source || i.source === source));
const indicator = (id: string) => model.indicators.find((i) => i.id === id)!;

describe('indicators in goal paragraphs', () => {
  it('finds Kunming’s five targets for 2025', () => {
    expect(of('kunming-2022', 'goal').map((i) => [i.name, i.comparator, i.value, i.unit, i.targetYear])).toEqual([
      ['每万人口高价值发明专利拥有量', '达到', '12', '件', 2025],
      ['有效注册商标拥有量', '达到', '32', '万件', 2025],
      ['注册和登记的地理标志', '达到', '30', '件', 2025],
      ['专利密集型产业增加值占GDP比重', '达到', '15', '%', 2025],
      ['版权产业增加值占GDP比重', '达到', '5', '%', 2025],
    ]);
  });

  it('finds Hangzhou’s nine targets, flags the repaired figure, and keeps the Traditional names', () => {
    expect(of('hangzhou-2023', 'goal')).toHaveLength(9);
    expect(indicator('hangzhou-2023/1-p2-i3')).toMatchObject({ name: '知識產權許可備案和轉讓數量', value: '2.5', unit: '万件', flags: ['repaired'] });
    expect(indicator('hangzhou-2023/1-p2-i4')).toMatchObject({ comparator: '达', value: '250', unit: '亿元' });
  });

  it('flags Bozhou’s missing figure 版权登记数达到? and does not guess it', () => {
    expect(indicator('bozhou-draft/1-2-p1-i3')).toMatchObject({ name: '版权登记数', value: '?', amount: null, flags: ['missing-value'] });
    expect(indicator('bozhou-draft/1-2-p1-i4')).toMatchObject({ name: '知识产权质押融资总额', value: '25', unit: '亿元' });
  });

  it('reads A和B分别突破V1和V2 as two targets', () => {
    expect(of('wuhan-2018', 'goal').slice(0, 2).map((i) => [i.name, i.value])).toEqual([['全市发明专利拥有量', '45000'], ['涉外专利申请量', '2000']]);
  });

  it('reads a yearly growth rate with its comparator', () => {
    expect(indicator('wuhan-2018/2-p4-i1')).toMatchObject({ comparator: '年均增幅 以上', value: '20', unit: '%', targetYear: 2020 });
  });
});

describe('Bozhou’s indicator table', () => {
  const rows = of('bozhou-draft', 'table');

  it('gives one indicator per row with baseline, target, years, unit and attribute', () => {
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({
      name: '每万人口高价值发明专利拥有量', unit: '件', baseline: '0.75', baselineYear: 2020, value: '2', targetYear: 2025,
      attribute: '预期性', category: '知识产权创造', measure: 'high-value-patents-per-10k',
    });
  });

  it('shows 92? and the empty 属性 cell as written, flagged', () => {
    expect(rows[5]).toMatchObject({ value: '92?', flags: ['uncertain-value', 'no-baseline'] });
    expect(rows[7]).toMatchObject({ name: '知识产权贯标企业数量', flags: ['missing-attribute'] });
    expect(rows[7].attribute).toBeUndefined();
  });
});

describe('numeric targets inside tasks', () => {
  it('finds Wuhan’s 培育400家…', () => {
    expect(indicator('wuhan-2018/3-1-3-p1-i1')).toMatchObject({ name: '国家、省市级知识产权示范、优势企业', value: '400', unit: '家', source: 'task' });
  });

  it('lets a list of counts share one verb: 设立5个…、5个…、5个…', () => {
    expect(of('wuhan-2018', 'task').filter((i) => i.node === '3-2-1-p1').slice(0, 3).map((i) => i.name)).toEqual([
      '线上运营分平台', '线下运营服务中心', '高校院所知识产权转化基地',
    ]);
  });

  it('ignores years, ordinals and numbers inside quotation marks', () => {
    expect(targetsInText('做好第19屆亞運會工作。依托“4·26”世界知識產權日。到2025年')).toEqual([]);
  });
});

describe('measures shared across plans', () => {
  it('put 每万人口高价值发明专利拥有量 of three plans on one measure', () => {
    const docs = new Set(model.indicators.filter((i) => i.measure === 'high-value-patents-per-10k').map((i) => i.doc));
    expect([...docs].sort()).toEqual(['bozhou-draft', 'hangzhou-2023', 'kunming-2022']);
  });
});

describe('targets written in words and with every common comparator', () => {
  const sentence = '到2026年，专利转化率达到百分之八十以上，培育科技型中小企业两万三千家，研发投入强度提高零点五个百分点，'
    + '高新技术产业产值翻一番，数字经济核心产业增加值占比由2022年的6.5%提高到8%，研发机构覆盖率稳定在90%以上，'
    + '单位GDP能耗较上年下降5%，三年累计培育瞪羚企业一千二百个，审批时限压缩至3个工作日以内，三成以上企业实现数字化转型。';
  const found = targetsInText(sentence).map((f) => ({ name: f.name, value: f.value, unit: f.unit, comparator: f.comparator, baseline: f.baseline }));

  it.each([
    ['专利转化率', '百分之八十以上', '%', 80],
    ['科技型中小企业', '两万三千家', '家', 23000],
    ['研发投入强度', '零点五个百分点', '个百分点', 0.5],
    ['高新技术产业产值', '翻一番', '倍', 2],
    ['瞪羚企业', '一千二百个', '个', 1200],
    ['企业实现数字化转型', '三成以上', '%', 30],
  ])('reads %s: %s as a number', (name, value, unit, amount) => {
    expect(found).toContainEqual(expect.objectContaining({ name, value, unit }));
    expect(amountOf(value)).toBe(amount);
  });

  it('names the measured thing without the verb, and keeps a baseline and its year', () => {
    expect(found).toContainEqual(expect.objectContaining({ name: '数字经济核心产业增加值占比', value: '8', unit: '%', baseline: '6.5%' }));
    expect(targetsInText(sentence).find((f) => f.name === '数字经济核心产业增加值占比')?.baselineYear).toBe(2022);
    expect(found).toContainEqual(expect.objectContaining({ name: '研发机构覆盖率', comparator: '稳定在 以上' }));
    expect(found).toContainEqual(expect.objectContaining({ name: '单位GDP能耗', value: '5', comparator: '较上年下降' }));
    expect(found).toContainEqual(expect.objectContaining({ name: '审批时限', unit: '个工作日', comparator: '压缩至 以内' }));
  });

  it('does not take a year for a value', () => {
    expect(targetsInText('技术合同成交额达到2025年的两倍。').map((f) => [f.name, f.value])).toEqual([['技术合同成交额', '两倍']]);
  });
});
