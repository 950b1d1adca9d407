import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/pipeline/model.ts';
import { MessageLog } from '../../src/pipeline/messages.ts';
import { parse } from '../../src/pipeline/parse/index.ts';
import { maskQuoted } from '../../src/pipeline/parse/quotes.ts';
import { itemParser, pointParser, sectionParser, boxParser } from '../../src/pipeline/parse/line-parsers.ts';
import { parsedSeed, repairedSeed, runOn, seedLines } from '../helpers/seeds.ts';

const all = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
const byId = (nodes: readonly OutlineNode[], id: string) => all(nodes).find((n) => n.id === id)!;
const ids = (nodes: readonly OutlineNode[], kind: OutlineNode['kind']) => all(nodes).filter((n) => n.kind === kind).map((n) => n.id);

describe('line parsers', () => {
  it('read a section, an item, a point and a box label', () => {
    expect(sectionParser.match('三、 工作进度')).toMatchObject({ label: '三、', number: 3, textStart: 3 });
    expect(itemParser.match('(二十四)强化督查考核。')).toMatchObject({ label: '(二十四)', number: 24 });
    expect(itemParser.match('（一）強化要素配置')).toMatchObject({ label: '（一）', number: 1 });
    expect(pointParser.match('12.加強知識產權行政保護。')).toMatchObject({ label: '12.', number: 12 });
    expect(boxParser.match('专栏9知识产权公共服务提升工程')).toMatchObject({ label: '专栏9', number: 9 });
  });

  it('do not take a decimal or a year for a point', () => {
    expect(pointParser.match('2.5萬件')).toBeUndefined();
    expect(pointParser.match('2023年1月10日')).toBeUndefined();
    expect(sectionParser.match('(一)指导思想')).toBeUndefined();
  });
});

describe('quoted titles', () => {
  it('are masked so that brackets and full stops inside them are not read', () => {
    const text = '根据《知识产权强国建设纲要(2021-2035年)》《“十四五”国家知识产权保护和运用规划》,制定本方案。';
    const masked = maskQuoted(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toContain('(2021');
    expect(masked.endsWith(',制定本方案。')).toBe(true);
  });

  it('leave an opening mark with no closing mark alone', () => {
    expect(maskQuoted('深入实施知识产权质押融资“入园惠企"行动')).toBe('深入实施知识产权质押融资“入园惠企"行动');
  });
});

describe('Kunming outline', () => {
  const { outline } = parsedSeed('kunming-2022');

  it('has the notice, title, preamble and four sections', () => {
    expect(outline.map((n) => n.id)).toEqual(['notice', 'title', 'preamble-p1', '1', '2', '3', '4']);
    expect(byId(outline, 'notice').children.map((n) => n.role)).toEqual(['notice-title', 'addressees', 'notice-body', 'issuer', 'date', 'publicity']);
  });

  it('splits an item line into its heading and its text', () => {
    expect(byId(outline, '2-1')).toMatchObject({ label: '(一)', title: '优化知识产权发展政策体系。', line: 39 });
    expect(byId(outline, '2-1-p1').text).toMatch(/^紧扣高质量发展要求/);
  });

  it('reads the work phases with their date ranges', () => {
    expect(['3-1', '3-2', '3-3', '3-4'].map((id) => byId(outline, id).phase)).toEqual([
      { from: '2022-07', to: '2022-12' }, { from: '2023-01', to: '2023-12' },
      { from: '2024-01', to: '2024-12' }, { from: '2025-01', to: '2025-06' },
    ]);
  });
});

describe('Hangzhou outline', () => {
  const { outline } = parsedSeed('hangzhou-2023');

  it('numbers points by the document’s own numbers, which run on across items', () => {
    expect(ids(outline, 'point')).toHaveLength(20);
    expect(byId(outline, '2-2-5').title).toBe('健全知識產權運營服務體系。');
    expect(byId(outline, '2-5-20').line).toBe(71);
  });

  it('reads the decoded mojibake lines as items', () => {
    expect(byId(outline, '2-1')).toMatchObject({ label: '（一）', title: '強化要素配置，形成高質量創造導向。' });
    expect(byId(outline, '2-2')).toMatchObject({ label: '（二）' });
  });

  it('sets the closing provision apart', () => {
    expect(outline.at(-1)).toMatchObject({ id: 'closing', kind: 'closing', line: 87 });
  });
});

describe('Bozhou outline', () => {
  const { outline } = parsedSeed('bozhou-draft');

  it('has the draft status line under the title', () => {
    expect(outline.slice(0, 3).map((n) => n.id)).toEqual(['title', 'status', 'preamble-p1']);
    expect(byId(outline, 'status').text).toBe('(征求意见稿)');
  });

  it('numbers items (一)…(二十四) across its nine sections', () => {
    const items = all(outline).filter((n) => n.kind === 'item');
    expect(items.map((n) => n.number)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(ids(outline, 'section')).toHaveLength(9);
    expect(byId(outline, '9-24').title).toBe('强化督查考核。');
  });

  it('reads its nine boxes as asides of the item they follow', () => {
    expect(ids(outline, 'box')).toEqual(Array.from({ length: 9 }, (_, i) => `box-${i + 1}`));
    expect(byId(outline, '3-6').children.filter((n) => n.kind === 'box').map((n) => n.id)).toEqual(['box-2', 'box-3', 'box-4']);
    expect(byId(outline, 'box-2').children).toHaveLength(5);
    expect(byId(outline, 'box-1').title).toBe('中医药产业知识产权提升工程');
  });

  it('rebuilds the flattened indicator table with its columns and the spanning category', () => {
    const table = byId(outline, '1-2-table1').table!;
    expect(table.caption).toBe('亳州市知识产权强市建设主要指标');
    expect(table.header).toEqual(['分类', '主要指标', '2020年实现值', '2025年目标值', '属性']);
    expect(table.rows).toHaveLength(9);
    expect(table.rows.map((r) => r[0]?.text ?? null)).toEqual(['知识产权创造', null, '知识产权运用', null, '知识产权保护', null, '知识产权管理', null, '知识产权服务']);
    expect(table.rows[0][0]!.rowSpan).toBe(2);
    expect(table.rows[5].map((c) => c?.text ?? null)).toEqual([null, '知识产权民事一审案件服判息诉率(%)', '/', '92?', '预期性']);
    expect(table.rows[7].map((c) => c?.text ?? null)).toEqual([null, '知识产权贯标企业数量(家)', '15', '80', '']);
  });
});

describe('Wuhan outline', () => {
  const { outline } = parsedSeed('wuhan-2018');

  it('keeps an unnumbered paragraph with the task before it', () => {
    expect(byId(outline, '3-2-2').children.map((n) => n.id)).toEqual(['3-2-2-p1', '3-2-2-p2']);
    expect(byId(outline, '3-2-2-p2').line).toBe(56);
  });

  it('marks the dashed goal lines as bullets', () => {
    expect(byId(outline, '2').children.map((n) => n.role)).toEqual(['body', 'bullet', 'bullet', 'bullet']);
  });
});

describe('structure problems', () => {
  it('warn and keep the text of a numbering gap', () => {
    const text = repairedSeed('kunming-2022');
    const gap = { ...text, log: new MessageLog('seeds/kunming-2022.txt'), lines: text.lines.filter((l) => l.number !== 41) };
    const parsed = parse(gap);
    expect(parsed.log.messages).toContainEqual(expect.objectContaining({ ruleId: 'numbering-gap', line: 43 }));
    expect(byId(parsed.outline, '2-3').title).toBe('持续加强知识产权行政司法保护。');
  });

  it('warn about a heading with no text under it, and keep the heading', () => {
    const text = repairedSeed('bozhou-draft');
    const cut = { ...text, log: new MessageLog('seeds/bozhou-draft.txt'), lines: text.lines.filter((l) => l.number !== 219) };
    const parsed = parse(cut);
    expect(parsed.log.messages).toContainEqual(expect.objectContaining({ ruleId: 'empty-part', line: 218 }));
    expect(byId(parsed.outline, '9-24').title).toBe('强化督查考核。');
  });

  it('find text under every heading of the real seeds', () => {
    for (const slug of ['hangzhou-2023', 'bozhou-draft', 'kunming-2022', 'wuhan-2018']) {
      expect(parsedSeed(slug).log.messages).toEqual([]);
    }
  });
});

describe('boxes in a Traditional copy', () => {
  it('are read from 專欄 as from 专栏', () => {
    expect(boxParser.match('專欄2高價值發明專利培育工程')).toMatchObject({ label: '專欄2', number: 2, textStart: 3 });
  });
});

describe('a Traditional copy of Bozhou', () => {
  it('has the same nine boxes and one table, with no warning', async () => {
    const { Converter } = await import('opencc-js/cn2t');
    const text = Converter({ from: 'cn', to: 't' })(seedLines('bozhou-draft', 1, 219));
    const model = runOn(text, { script: 'zh-Hant', city: '亳州', cityId: 'bozhou', province: '安徽' });
    const nodes = all(model.documents[0].outline);
    expect(nodes.filter((n) => n.kind === 'box')).toHaveLength(9);
    expect(nodes.filter((n) => n.kind === 'table')).toHaveLength(1);
    expect(model.messages.filter((m) => m.ruleId === 'table-header')).toEqual([]);
  });
});
