import { describe, expect, it } from 'vitest';
import { PROVINCE_IDS, provinceId } from '../../src/pipeline/provinces.ts';
import { seedModel } from '../helpers/seeds.ts';

describe('province ids', () => {
  it('give every provincial-level division its own id', () => {
    expect(Object.keys(PROVINCE_IDS)).toHaveLength(34);
    expect(new Set(Object.values(PROVINCE_IDS)).size).toBe(34);
    for (const id of Object.values(PROVINCE_IDS)) expect(id).toMatch(/^[a-z]+$/);
  });

  it('tell 山西 from 陕西, and read full names', () => {
    expect(provinceId('山西')).toBe('shanxi');
    expect(provinceId('陕西')).toBe('shaanxi');
    expect(provinceId('浙江省')).toBe('zhejiang');
    expect(provinceId('广西壮族自治区')).toBe('guangxi');
    expect(provinceId('重庆市')).toBe('chongqing');
  });

  it('know the provinces of the four seeds', () => {
    expect(seedModel().documents.map((d) => provinceId(d.province))).toEqual(['zhejiang', 'anhui', 'yunnan', 'hubei']);
  });

  it('refuse a name that is no province, saying what was expected', () => {
    expect(() => provinceId('火星')).toThrow(/province "火星" is not a provincial-level division .*expected a name such as 浙江 or 浙江省/);
  });
});
