import { describe, expect, it } from 'vitest';
import { slug } from '../../src/pipeline/extract/departments.ts';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const dept = (id: string) => model.departments.find((d) => d.id === id)!;
const inCity = (cityId: string) => model.departments.filter((d) => d.cityId === cityId);

describe('the department registry', () => {
  it('holds each city’s units apart', () => {
    expect(inCity('bozhou')).toHaveLength(33);
    expect(inCity('kunming')).toHaveLength(22);
    expect(inCity('wuhan')).toHaveLength(25);
    expect(inCity('hangzhou')).toHaveLength(1);
    expect(model.departments.filter((d) => d.name === '市市场监管局').map((d) => d.id)).toEqual([
      'bozhou-shi-shi-chang-jian-guan-ju', 'hangzhou-shi-shi-chang-jian-guan-ju', 'kunming-shi-shi-chang-jian-guan-ju',
    ]);
  });

  it('resolves Bozhou’s two spellings of the market regulation bureau to one unit with both aliases', () => {
    expect(dept('bozhou-shi-shi-chang-jian-guan-ju')).toMatchObject({
      name: '市市场监管局', fullName: '亳州市市场监管局', kind: 'bureau',
      aliases: ['市市场监管局(知识产权局)', '知识产权局', '市市场监管局(市知识产权局)', '市知识产权局'],
    });
  });

  it('resolves Hangzhou’s Traditional 市市場監管局 to a Simplified canonical name', () => {
    expect(dept('hangzhou-shi-shi-chang-jian-guan-ju')).toMatchObject({ name: '市市场监管局', aliases: ['市市場監管局'], fullName: '杭州市市场监管局' });
  });

  it('keeps an alias with its unit: 市自然资源和规划局(市林业局), 市科技局〈市知识产权局〉', () => {
    expect(dept('bozhou-shi-zi-ran-zi-yuan-he-gui-hua-ju').aliases).toContain('市林业局');
    expect(dept('wuhan-shi-ke-ji-ju').aliases).toContain('市知识产权局');
    expect(dept('wuhan-shi-ke-ji-ju').functions).toEqual(['intellectual-property', 'science-technology']);
  });

  it('tells the kinds apart: court, procuratorate, collective, district governments', () => {
    expect(dept('bozhou-shi-zhong-yuan').kind).toBe('court');
    expect(dept('wuhan-shi-ren-min-jian-cha-yuan').kind).toBe('procuratorate');
    expect(dept('bozhou-shi-zhi-shi-chan-quan-gong-zuo-lian-xi-hui-yi-ge-cheng-yuan-dan-wei').kind).toBe('collective');
    expect(dept('bozhou-ge-xian-qu-zheng-fu').kind).toBe('governments');
    expect(dept('wuhan-ge-qu-ren-min-zheng-fu').note).toBe('含开发区、风景区管委会,下同');
  });

  it('records that Kunming’s joint-meeting office sits in the market regulation bureau', () => {
    expect(dept('kunming-shi-zhi-shi-chan-quan-zhan-lve-shi-shi-gong-zuo-lian-xi-hui-yi-ban-gong-shi').hostedBy).toBe('kunming-shi-shi-chang-jian-guan-ju');
  });

  it('gives like units of different cities a shared function', () => {
    const market = model.departments.filter((d) => d.functions.includes('market-regulation')).map((d) => d.cityId);
    expect(market).toEqual(['bozhou', 'hangzhou', 'kunming']);
  });

  it('makes ASCII ids from the name, with bank terms read right', () => {
    expect(slug('市市场监管局')).toBe('shi-shi-chang-jian-guan-ju');
    expect(slug('人行亳州市中支')).toBe('ren-hang-bo-zhou-shi-zhong-zhi');
    expect(slug('市文化旅游体育局')).toBe('shi-wen-hua-lv-you-ti-yu-ju');
  });

  it('is referred to by every owner', () => {
    const ids = new Set(model.departments.map((d) => d.id));
    expect(model.tasks.flatMap((t) => t.owners).filter((o) => !ids.has(o.department))).toEqual([]);
  });
});
