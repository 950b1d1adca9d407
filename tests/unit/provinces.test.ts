import { describe, expect, it } from 'vitest';
import { PROVINCE_IDS, provinceId, provinceName } from '../../src/pipeline/provinces.ts';
import { siteOf } from '../../src/lib/model.ts';
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
    expect(() => provinceName('火星')).toThrow(/province "火星"/);
  });
});

describe('province names', () => {
  it('are the short names, however the catalog writes them', () => {
    expect(['浙江', '浙江省', '广西壮族自治区', '重庆市', '香港特别行政区'].map(provinceName)).toEqual(['浙江', '浙江', '广西', '重庆', '香港']);
  });

  it('put a plan whose catalog entry says 云南省 in the same province as one that says 云南', () => {
    const model = seedModel();
    const kunming = model.documents.find((d) => d.slug === 'kunming-2022')!;
    const qujing = { ...kunming, slug: 'qujing-2022', city: '曲靖', cityId: 'qujing', province: '云南省' };
    const site = siteOf({ ...model, documents: [...model.documents, qujing] });
    const yunnan = site.province('yunnan');
    expect(yunnan.name).toBe('云南');
    expect(yunnan.cities.map((c) => c.name)).toEqual(['昆明', '曲靖']);
    expect(yunnan.documents.map((d) => d.slug)).toEqual(['kunming-2022', 'qujing-2022']);
    expect(site.provinces.map((p) => p.id)).toEqual(['anhui', 'hubei', 'yunnan', 'zhejiang']);
  });
});
