/** Front matter as plans of the genre write it: 文号, signature dates in either numerals, titles on two lines, validity. */
import { describe, expect, it } from 'vitest';
import { planFolders, scorePlan } from '../../scripts/genre/score.ts';
import { runOn } from '../helpers/seeds.ts';

const root = new URL('../genre-plans/', import.meta.url).pathname;

const notice = (lines: string[]) => runOn(lines.join('\n'), { city: '云岭', cityId: 'yunling', province: '云南' }).documents[0];

describe('front matter', () => {
  it('reads 文号, issuer and a date written in Chinese numerals, and the validity from the issue date', () => {
    const doc = notice([
      '云岭市人民政府办公室关于印发云岭市会展业发展行动方案的通知',
      '云政办发〔2023〕27号',
      '各县（市、区）人民政府，市直各部门：',
      '《云岭市会展业发展行动方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。',
      '云岭市人民政府办公室',
      '二〇二三年十一月八日',
      '（此件公开发布）',
      '云岭市会展业发展行动方案',
      '一、重点任务',
      '（一）培育品牌展会。（市商务局负责）',
      '本方案自印发之日起施行，有效期至2026年12月31日。',
    ]);
    expect(doc).toMatchObject({ docNumber: '云政办发〔2023〕27号', issuer: '云岭市人民政府办公室', issued: '2023-11-08',
      effective: { from: '2023-11-08', until: '2026-12-31' }, title: '云岭市会展业发展行动方案' });
  });

  it('finds a title broken over two lines, and one the notice names without citing it', () => {
    const doc = notice([
      '云岭市人民政府办公室关于印发云岭市会展业发展行动方案（2024—2026年）责任分解的通知',
      '各县（市、区）人民政府：',
      '现将《云岭市会展业发展行动方案（2024—2026年）》责任分解印发给你们。',
      '云岭市人民政府办公室',
      '2024年3月1日',
      '云岭市会展业发展行动方案',
      '（2024—2026年）责任分解',
      '（一）培育品牌展会。（市商务局负责）',
    ]);
    expect(doc.title).toBe('云岭市会展业发展行动方案（2024—2026年）责任分解');
    expect(doc.docNumber).toBeNull();
    expect(doc.outline.find((n) => n.kind === 'notice')?.children).toHaveLength(5);
  });

  it('reads 文号, issuer and date of every genre plan that states them', () => {
    const docs = planFolders(root).map((slug) => scorePlan(`${root}${slug}`, slug).model.documents[0]);
    expect(docs.filter((d) => d.docNumber).length).toBe(docs.length - 1);
    expect(docs.every((d) => d.issuer && d.issued)).toBe(true);
    expect(docs.find((d) => d.slug === 'article-style')?.effective).toEqual({ from: '2024-05-01', until: '2026-12-31' });
  });
});
