import { describe, expect, it } from 'vitest';
import { sourceRole } from '../../src/pipeline/extract/document.ts';
import { seedLines, seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const doc = (slug: string) => model.documents.find((d) => d.slug === slug)!;

describe('document metadata', () => {
  it('reads Kunming’s title, issuer, date, period and cited documents', () => {
    expect(doc('kunming-2022')).toMatchObject({
      title: '昆明市国家知识产权强市建设示范城市工作方案(2022—2025年)', issuer: '昆明市人民政府办公室', issued: '2022-09-29',
      period: { from: 2022, to: 2025 }, status: 'issued', script: 'zh-Hans',
      cites: [
        { title: '国家知识产权局办公室关于面向城市、县域、园区开展知识产权强国建设试点示范工作的通知', number: '国知办函运字〔2021〕1197号' },
        { title: '国家知识产权局关于确定国家知识产权强市建设试点示范城市的通知', number: '国知发运字〔2022〕33号' },
      ],
    });
  });

  it('reads Hangzhou’s effective dates and plan-level lead, and gives a Simplified title', () => {
    expect(doc('hangzhou-2023')).toMatchObject({
      effective: { from: '2023-02-10', until: '2025-06-30' }, script: 'zh-Hant', publishedScript: 'zh-Hans',
      titleSimplified: '杭州市国家知识产权强市建设示范城市创建工作方案', issued: '2023-01-10',
    });
    expect(doc('hangzhou-2023').planLeads.map((l) => l.department)).toEqual(['hangzhou-shi-shi-chang-jian-guan-ju']);
    expect(doc('hangzhou-2023').cites[0].number).toBe('國發〔2021〕20號');
  });

  it('knows Bozhou is a draft for comments with no issuer or date stated', () => {
    expect(doc('bozhou-draft')).toMatchObject({ status: 'draft', issuer: null, issued: null, period: null });
  });

  it('keeps Wuhan’s provenance as metadata', () => {
    expect(doc('wuhan-2018').provenance).toMatchObject({ sourceSite: '武汉市软件行业协会', repostDate: '2020-03-09', originalName: '004_10f3eac1c0e8d1fc.txt' });
    expect(doc('wuhan-2018').planLeads[0].name).toBe('市推进国家知识产权强市创建工作领导小组');
  });

  it('tells the issuer’s own page from a repost: Kunming’s 来源 names the office that issued it, Wuhan’s a trade association', () => {
    expect(seedLines('kunming-2022', 3, 4)).toBe('来源:\u00a0\n昆明市人民政府办公室');
    expect(doc('kunming-2022').provenance).toMatchObject({ sourceSite: '昆明市人民政府办公室', sourceRole: 'publisher' });
    expect(doc('wuhan-2018').provenance).toMatchObject({ sourceSite: '武汉市软件行业协会', sourceRole: 'repost' });
    for (const slug of ['hangzhou-2023', 'bozhou-draft']) expect(doc(slug).provenance.sourceRole).toBeUndefined();
  });

  it('counts a page of the issuer’s government, with or without the city, as the publisher, and any other as a repost', () => {
    expect(sourceRole('市人民政府办公厅', '武汉市人民政府办公厅', '武汉')).toBe('publisher');
    expect(sourceRole('昆明市人民政府', '昆明市人民政府办公室', '昆明')).toBe('publisher');
    expect(sourceRole('杭州市人民政府辦公廳', '杭州市人民政府办公厅', '杭州')).toBe('publisher');
    expect(sourceRole('武汉市软件行业协会', '武汉市人民政府办公厅', '武汉')).toBe('repost');
    expect(sourceRole('亳州市人民政府', null, '亳州')).toBe('repost');
  });
});
