import { describe, expect, it } from 'vitest';
import { COPY_SENTINEL } from '../../src/search/contract.ts';
import { rankingTitle, recordHtml } from '../../src/search/record-html.ts';
import { searchRecords, TOPIC_CITIES_NAMED, topicReach } from '../../src/search/records.ts';
import { simplifiedPairs } from '../../src/search/script-table.ts';
import { seedModel } from '../helpers/seeds.ts';

const records = searchRecords(seedModel());
const record = (url: string) => records.find((r) => r.url === url)!;
/** The seeds with 杭州's plan taken as published in Traditional: its records keep the transcription's script. */
const publishedTraditional = (() => {
  const model = seedModel();
  return { ...model, documents: model.documents.map((d) => (d.slug === 'hangzhou-2023' ? { ...d, publishedScript: 'zh-Hant' as const } : d)) };
})();
const traditionalRecord = (url: string) => searchRecords(publishedTraditional).find((r) => r.url === url)!;

describe('search records', () => {
  it('make one record per task, department, indicator, plan and topic page', () => {
    const count = (kind: string) => records.filter((r) => r.kind === kind).length;
    expect([count('task'), count('department'), count('indicator'), count('plan'), count('topic')]).toEqual([63, 81, 74, 4, 15]);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('read a Hangzhou task in Simplified, the script its plan was published in, heading line first, in its province, with its plan-level lead', () => {
    expect(record('/policies/hangzhou-2023/2-2-8/')).toMatchObject({
      kind: 'task', lang: 'zh-Hans', title: '加强知识产权金融服务供给', path: '二、（二）8.',
      plan: '杭州市国家知识产权强市建设示范城市创建工作方案', cities: ['杭州'],
      owners: '全篇牵头：市市场监管局', province: '浙江',
    });
    expect(record('/policies/hangzhou-2023/2-2-8/').passages[0]).toBe('8.加强知识产权金融服务供给。');
    // The transcription's own title still names it.
    expect(record('/policies/hangzhou-2023/2-2-8/').names).toEqual(['加强知识产权金融服务供给', '加強知識產權金融服務供給']);
  });

  it('keep a plan published in Traditional in Traditional script', () => {
    expect(traditionalRecord('/policies/hangzhou-2023/2-2-8/')).toMatchObject({
      lang: 'zh-Hant', title: '加強知識產權金融服務供給', plan: '杭州市國家知識產權強市建設示范城市創建工作方案',
    });
    expect(traditionalRecord('/policies/hangzhou-2023/2-2-8/').passages[0]).toBe('8.加強知識產權金融服務供給。');
  });

  it('give a Wuhan task the units its 责任单位 names, and their full names to the index only', () => {
    expect(record('/policies/wuhan-2018/3-1-1/')).toMatchObject({
      owners: '负责：市科技局、各区人民政府', indexOnly: ['武汉市科技局、武汉市各区人民政府、武汉市科学技术局'],
    });
  });

  it('index a unit by its name written out in full and by the second name its office carries: 昆明市市场监督管理局, 昆明市知识产权局', () => {
    const bureau = record('/departments/kunming-shi-shi-chang-jian-guan-ju/');
    expect(bureau.names).toEqual(['市市场监管局', '昆明市市场监管局', '昆明市市场监督管理局', '市市场监督管理局', '昆明市知识产权局', '市知识产权局']);
    expect(bureau.indexOnly).toEqual(['昆明市市场监督管理局、市市场监督管理局、昆明市知识产权局、市知识产权局']);
    expect(record('/policies/kunming-2022/2-7/').indexOnly).toEqual(['昆明市市场监管局、昆明市市场监督管理局']);
  });

  it('let a unit answer to its aliases: 市知识产权局 is Wuhan’s 市科技局 and one of Bozhou’s names for 市市场监管局', () => {
    expect(record('/departments/wuhan-shi-ke-ji-ju/').names).toEqual(['市科技局', '武汉市科技局', '市科技局〈市知识产权局〉', '市知识产权局', '武汉市科学技术局', '市科学技术局']);
    expect(record('/departments/bozhou-shi-shi-chang-jian-guan-ju/').names).toContain('市知识产权局');
  });

  it('count a unit’s tasks as its page and departments.json do: Hangzhou’s plan-level lead leads a plan, not twenty tasks', () => {
    expect(record('/departments/hangzhou-shi-shi-chang-jian-guan-ju/').detail).toBe('局，牵头 0 项、负责 0 项、按职责分工负责 0 项任务；全篇牵头 1 个方案（20 项任务）');
    expect(record('/departments/bozhou-shi-shi-chang-jian-guan-ju/').detail).toBe('局，牵头 5 项、负责 1 项、按职责分工负责 16 项任务');
    expect(record('/departments/kunming-shi-zhi-shi-chan-quan-zhan-lve-shi-shi-gong-zuo-lian-xi-hui-yi-ban-gong-shi/').detail)
      .toBe('议事协调机构，牵头 0 项、负责 0 项、按职责分工负责 0 项任务；全篇牵头 1 个方案');
  });

  it('index a plan’s passages outside its tasks on the plan page, and of its tasks only the headings', () => {
    const kunming = record('/policies/kunming-2022/');
    expect(kunming.passages).toContain('(五)知识产权合作取得新突破。');
    expect(kunming.passages).toContain('(一)优化知识产权发展政策体系。');
    const taskBody = record('/policies/kunming-2022/2-1/').passages[1];
    expect(kunming.passages.some((p) => p.includes(taskBody.slice(0, 20)))).toBe(false);
  });

  it('find a theme by its name and keywords, not by the titles of its tasks', () => {
    expect(record('/topics/patent-navigation/')).toMatchObject({ title: '专题：专利导航', names: ['专利导航', '微导航'], cities: ['杭州', '亳州', '昆明', '武汉'] });
    expect(record('/topics/patent-navigation/').passages.join('')).not.toContain('实施专利导航工程');
  });

  it('name a topic’s cities in its detail, not as its city, and count them past a few', () => {
    const topic = record('/topics/patent-navigation/');
    expect(topic.detail).toMatch(/^\d+ 项任务，涉及杭州、亳州、昆明、武汉$/);
    const html = recordHtml(topic);
    expect(html).not.toContain('data-pagefind-meta="city:');
    expect(html).toContain('data-pagefind-filter="city:武汉"');
    expect(recordHtml(record('/policies/hangzhou-2023/2-2-8/'))).toContain('data-pagefind-meta="city:杭州"');
    const many = Array.from({ length: TOPIC_CITIES_NAMED + 1 }, (_, i) => `城${i}`);
    expect(topicReach(many.slice(0, TOPIC_CITIES_NAMED), ['甲'])).toBe(`涉及${many.slice(0, TOPIC_CITIES_NAMED).join('、')}`);
    expect(topicReach(many, ['甲', '乙'])).toBe(`涉及 2 个省份的 ${TOPIC_CITIES_NAMED + 1} 个城市`);
  });
});

describe('the HTML Pagefind indexes for a record', () => {
  const html = recordHtml(traditionalRecord('/policies/hangzhou-2023/2-2-8/'));
  const [before, after] = html.split(COPY_SENTINEL);

  it('shows the original text before the sentinel and the Simplified copy and heading after it', () => {
    expect(before).toContain('支持銀行擴大知識產權質押貸款規模');
    expect(before).not.toContain('支持银行扩大');
    expect(after).toContain('<h1>8.加強知識產權金融服務供給。</h1>');
    expect(after).toContain('<h1>8.加强知识产权金融服务供给。</h1>');
    expect(after).toContain('支持银行扩大知识产权质押贷款规模');
  });

  it('carries the metadata a result shows and the filters city and kind, and no other filter', () => {
    for (const attribute of ['data-pagefind-meta="name:加強知識產權金融服務供給"', 'data-pagefind-meta="path:二、（二）8."',
      'data-pagefind-meta="owners:全篇牵头：市市场监管局"', 'data-pagefind-filter="city:杭州"', 'data-pagefind-filter="kind:task"']) {
      expect(html).toContain(attribute);
    }
    expect([...html.matchAll(/data-pagefind-filter="(\w+):/g)].map((m) => m[1]).sort()).toEqual(['city', 'kind']);
  });

  it('spaces the Simplified words of the names, so that Pagefind’s title boost can match them', () => {
    expect(rankingTitle(['實施專利導航工程'])).toBe('实施 专利 导航 工程');
    // The task's themes (质押融资, 商标品牌) follow its title's words: a theme typed ranks the task as its title would.
    expect(html).toContain('data-pagefind-meta="title:加强 知识 产权 金融 服务 供给 质 押 融资 商标 品牌"');
  });

  it('adds no copy to a record written in Simplified', () => {
    const kunming = recordHtml(record('/policies/kunming-2022/2-1/'));
    expect(kunming.split(COPY_SENTINEL)[1]).not.toContain('<div>');
  });
});

describe('the Traditional → Simplified table of the search page', () => {
  const pairs = simplifiedPairs(records);

  it('pairs every Traditional character of the Hangzhou plan with its Simplified form', () => {
    const table = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) table.set(pairs[i], pairs[i + 1]);
    expect(['專', '產', '權', '質', '導', '擴'].map((c) => table.get(c))).toEqual(['专', '产', '权', '质', '导', '扩']);
  });

  it('stays small: only characters whose Simplified form the records use', () => {
    expect(pairs.length % 2).toBe(0);
    expect(new TextEncoder().encode(pairs).length).toBeLessThan(4000);
  });
});
