import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/pipeline/extract/unit-names.ts';

const bases = (list: string) => splitUnits(list).units.map((u) => u.base);

describe('unit names, split as a civil servant reads them', () => {
  it('splits 各县、区政府 as one unit', () => {
    expect(bases('市知识产权工作联席会议各成员单位,各县、区政府,亳州高新区管委会')).toEqual([
      '市知识产权工作联席会议各成员单位', '各县、区政府', '亳州高新区管委会',
    ]);
  });

  it('keeps 市新闻出版(版权)局 and 有关县(市)区人民政府 as one name each', () => {
    expect(bases('市新闻出版(版权)局,有关县(市)区人民政府')).toEqual(['市新闻出版(版权)局', '有关县(市)区人民政府']);
  });

  it('reads a bracketed name after a unit as its alias', () => {
    expect(splitUnits('市自然资源和规划局(市林业局)、市科技局〈市知识产权局〉').units).toEqual([
      { written: '市自然资源和规划局(市林业局)', base: '市自然资源和规划局', alias: '市林业局', start: 0, length: 15 },
      { written: '市科技局〈市知识产权局〉', base: '市科技局', alias: '市知识产权局', start: 16, length: 12 },
    ]);
  });

  it('reads a bracketed scope as a note, not an alias', () => {
    expect(splitUnits('各区人民政府〈含开发区、风景区管委会,下同〉').units[0]).toMatchObject({
      base: '各区人民政府', note: '含开发区、风景区管委会,下同',
    });
  });

  it('gives 高新区、经开区管委会 to both committees', () => {
    expect(bases('高新区、经开区管委会')).toEqual(['高新区管委会', '经开区管委会']);
  });

  it('drops a closing 等 and says the list is open', () => {
    expect(splitUnits('市财政局、亳州银保监分局等')).toMatchObject({ open: true });
    expect(bases('市财政局、亳州银保监分局等')).toEqual(['市财政局', '亳州银保监分局']);
  });
});
