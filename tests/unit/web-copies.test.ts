/** Plans saved from a web page: entities and break tags, and the page's header and footer without a catalog hint. */
import { describe, expect, it } from 'vitest';
import { runOn } from '../helpers/seeds.ts';

const entry = { city: '云岭', cityId: 'yunling', province: '云南' };

const page = [
  '首页 > 政务公开 > 政策文件',
  '发布时间：2024-03-20 10:15　　来源：云岭市人民政府办公室　　字号：【大】【中】【小】',
  '',
  '云岭市会展业发展行动方案',
  '&nbsp;&nbsp;&nbsp;&nbsp;一、重点任务',
  '&nbsp;&nbsp;（一）培育品牌展会。每年培育展会5个以上，举办&ldquo;云岭会展周&rdquo;。<br>（市商务局牵头，市财政局配合）',
  '（二）完善场馆设施。推进会展中心二期建设&amp;配套道路。<span style="color:red">（市城投集团负责）</span>',
  '（三）保留原样。文中写&bogus;与<script>x</script>的地方照原文显示。（市商务局负责）',
  '',
  '【打印本页】【关闭窗口】',
  '上一篇：关于印发云岭市促进消费若干措施的通知',
  '版权所有：云岭市人民政府办公室　滇ICP备12345678号',
  '地址：云岭市政务中心　联系电话：0871-1234567',
];

describe('a plan saved from a web page', () => {
  const model = runOn(page.join('\n'), entry);
  const doc = model.documents[0];

  it('sets the page header and footer aside without a catalog hint, each a recorded repair, and keeps the date and source', () => {
    const chrome = model.repairs.filter((r) => r.kind === 'web-chrome');
    expect(chrome.map((r) => r.line)).toEqual([1, 2, 10, 11, 12, 13]);
    expect(chrome[0].note).toContain('自动识别');
    expect(doc.provenance).toMatchObject({ sourceSite: '云岭市人民政府办公室', repostDate: '2024-03-20' });
    expect(doc.title).toBe('云岭市会展业发展行动方案');
  });

  it('turns entities into characters and break tags into line breaks, each a recorded repair', () => {
    expect(model.tasks.map((t) => t.path.join(''))).toEqual(['一、（一）', '一、（二）', '一、（三）']);
    expect(model.tasks[0].text).toContain('举办“云岭会展周”。');
    expect(model.tasks[0].owners.map((o) => `${o.role}:${o.name}`)).toEqual(['lead:市商务局', 'cooperate:市财政局']);
    expect(model.tasks[1].text).toContain('二期建设&配套道路');
    expect(model.tasks[1].owners.map((o) => o.name)).toEqual(['市城投集团']);
    const markup = model.repairs.filter((r) => r.kind === 'html-markup').map((r) => `${r.line}:${r.before}→${JSON.stringify(r.after)}`);
    expect(markup).toEqual(expect.arrayContaining(['5:&nbsp;→" "', '6:&ldquo;→"“"', '6:<br>→"\\n"', '7:&amp;→"&"', '7:<span style="color:red">→""', '7:</span>→""']));
  });

  it('keeps what only looks like markup, as written', () => {
    expect(model.tasks[2].text).toContain('&bogus;与<script>x</script>');
    expect(model.repairs.filter((r) => r.line === 8)).toEqual([]);
  });

  it('leaves a catalog range in charge when one is declared', () => {
    const declared = runOn(page.join('\n'), { ...entry, webChrome: [{ from: 1, to: 1, what: '栏目导航' }] });
    expect(declared.repairs.filter((r) => r.kind === 'web-chrome').map((r) => r.line)).toEqual([1]);
  });
});
