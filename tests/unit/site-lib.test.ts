import { describe, expect, it } from 'vitest';
import { formatTarget, indicatorSentence, targetFigure } from '../../src/lib/indicators.ts';
import { planStatus, chineseDate, statusText } from '../../src/lib/status.ts';
import { linkNote, officialCitation, referenceCitation } from '../../src/lib/citation.ts';
import { sourceLine } from '../../src/lib/provenance.ts';
import { byRole, leadAndOthers, writtenOwners } from '../../src/lib/owners.ts';
import { TOPICS, topicsOfTask } from '../../src/lib/topics.ts';
import { chartDescription, comparisons } from '../../src/lib/comparisons.ts';
import { seedLines, seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const doc = (slug: string) => model.documents.find((d) => d.slug === slug)!;
const task = (id: string) => model.tasks.find((t) => t.id === id)!;
const indicator = (id: string) => model.indicators.find((i) => i.id === id)!;

describe('a plan’s status, computed against its own dates', () => {
  it('is 征求意见稿 for the Bozhou draft whatever the day, as its second line says', () => {
    expect(seedLines('bozhou-draft', 2)).toBe('(征求意见稿)');
    expect(planStatus(doc('bozhou-draft'), '2024-01-01')).toEqual({ key: 'draft', label: '征求意见稿' });
  });

  it('is in force until Hangzhou’s stated end date, and expired after it, with that date once', () => {
    expect(seedLines('hangzhou-2023', 87)).toContain('自2023年2月10日起施行,有效期至2025年6月30日');
    expect(planStatus(doc('hangzhou-2023'), '2023-01-20')).toMatchObject({ key: 'not-yet', date: '2023-02-10' });
    expect(statusText(planStatus(doc('hangzhou-2023'), '2023-01-20'))).toBe('尚未生效（2023年2月10日起）');
    expect(planStatus(doc('hangzhou-2023'), '2024-05-01')).toEqual({ key: 'in-force', label: '现行有效', date: '2025-06-30', note: '至2025年6月30日' });
    expect(statusText(planStatus(doc('hangzhou-2023'), '2024-05-01'))).toBe('现行有效（至2025年6月30日）');
    expect(planStatus(doc('hangzhou-2023'), '2025-07-01')).toEqual({ key: 'expired', label: '已到期', date: '2025-06-30', note: '2025年6月30日' });
    expect(statusText(planStatus(doc('hangzhou-2023'), '2025-07-01'))).toBe('已到期（2025年6月30日）');
    expect(chineseDate('2025-06-30')).toBe('2025年6月30日');
  });

  it('says it is reckoned from the period in the title when the text states no validity, and names no date', () => {
    for (const slug of ['kunming-2022', 'wuhan-2018']) expect(doc(slug).effective).toBeNull();
    expect(planStatus(doc('kunming-2022'), '2026-11-21')).toEqual({ key: 'expired', label: '已到期', note: '按标题所列期限2022—2025年推算' });
    expect(statusText(planStatus(doc('kunming-2022'), '2026-11-21'))).toBe('已到期（按标题所列期限2022—2025年推算）');
    expect(statusText(planStatus(doc('kunming-2022'), '2024-03-01'))).toBe('现行有效（按标题所列期限2022—2025年推算）');
    expect(statusText(planStatus(doc('wuhan-2018'), '2026-11-21'))).toBe('已到期（按标题所列期限2018—2020年推算）');
  });
});

describe('citations', () => {
  it('write the 公文 style with full-width brackets', () => {
    expect(officialCitation(doc('kunming-2022'), ['二、', '(三)'])).toBe('《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    expect(officialCitation(doc('hangzhou-2023'), ['二、', '（一）', '1.'])).toBe('《杭州市国家知识产权强市建设示范城市创建工作方案》二、（一）1.');
  });

  it('never cite a draft as adopted: Bozhou’s title carries （征求意见稿） in the 公文 citation and after a copied link', () => {
    expect(officialCitation(doc('bozhou-draft'), ['一、', '（二）'])).toBe('《亳州市知识产权强市建设实施方案（征求意见稿）》一、（二）');
    expect(linkNote(doc('bozhou-draft'))).toBe(' （征求意见稿）');
    expect(linkNote(doc('kunming-2022'))).toBe('');
    const titled = { ...doc('bozhou-draft'), title: '亳州市知识产权强市建设实施方案（征求意见稿）' };
    expect(officialCitation(titled)).toBe('《亳州市知识产权强市建设实施方案（征求意见稿）》');
  });

  it('write a GB/T 7714 [A/OL] reference, saying when a plan is a draft', () => {
    expect(referenceCitation(doc('wuhan-2018'), 'https://example.org/x/', '2026-11-21'))
      .toBe('武汉市人民政府办公厅. 武汉市知识产权运营服务体系建设实施方案(2018—2020年)[A/OL]. (2018-12-29)[2026-11-21]. https://example.org/x/.');
  });

  it('lead with the title when the plan names no issuer, as GB/T 7714-2015 has it, and never guess one: Bozhou’s draft', () => {
    expect(seedLines('bozhou-draft', 1, 2)).toBe('亳州市知识产权强市建设实施方案\n(征求意见稿)');
    expect(doc('bozhou-draft').issuer).toBeNull();
    expect(referenceCitation(doc('bozhou-draft'), 'u', 'd')).toBe('亳州市知识产权强市建设实施方案（征求意见稿）[A/OL]. [d]. u.');
  });

  it('name a Traditional plan’s issuer as stated, in Simplified', () => {
    expect(referenceCitation(doc('hangzhou-2023'), 'u', 'd')).toBe('杭州市人民政府办公厅. 杭州市国家知识产权强市建设示范城市创建工作方案[A/OL]. (2023-01-10)[d]. u.');
  });
});

describe('where a plan’s copy came from', () => {
  it('calls Kunming’s page its issuer’s own (发布), and only Wuhan’s trade association a repost (转载)', () => {
    expect(sourceLine(doc('kunming-2022'))?.join('')).toBe('录自昆明市人民政府办公室发布的网页');
    expect(sourceLine(doc('wuhan-2018'))?.join('')).toBe('转载自武汉市软件行业协会网站（2020年3月9日）');
    expect(sourceLine(doc('hangzhou-2023'))).toBeUndefined();
    expect(sourceLine(doc('bozhou-draft'))).toBeUndefined();
  });
});

describe('the lead column', () => {
  it('shows units marked 牵头, then responsible units, then the plan-level lead', () => {
    expect(leadAndOthers(task('bozhou-draft/2-5')).lead.map((o) => o.name)).toEqual(['市市场监管局(知识产权局)']);
    expect(leadAndOthers(task('wuhan-2018/3-1-1')).lead.map((o) => o.role)).toEqual(['responsible', 'responsible']);
    expect(leadAndOthers(task('hangzhou-2023/2-1-1')).lead.map((o) => o.role)).toEqual(['document']);
  });

  it('shows the units that share a task under 按职责分工负责 as answerable, not among the others, when none leads', () => {
    const { lead, others } = leadAndOthers(task('kunming-2022/2-4'));
    expect(lead.map((o) => `${o.name}:${o.role}`)).toEqual(['市市场监管局:co', '市发展改革委:co', '市司法局:co']);
    expect(others).toEqual([]);
    expect(leadAndOthers(task('kunming-2022/2-7')).lead.map((o) => `${o.name}:${o.role}`)).toEqual(['市市场监管局:responsible']);
  });

  it('groups the others by role, 分工负责 apart from 配合', () => {
    const { others } = leadAndOthers(task('bozhou-draft/2-5'));
    expect(byRole(others).map((g) => g.role)).toEqual(['co']);
    expect(byRole([...others, { ...others[0], department: 'x', role: 'cooperate' }]).map((g) => `${g.role}:${g.owners.length}`))
      .toEqual([`co:${others.length}`, 'cooperate:1']);
  });

  it('shows a name the source writes once, 高新区、经开区管委会, once, cut where it names each of its two units', () => {
    const co = task('kunming-2022/2-6').owners.filter((o) => o.role === 'co');
    expect(co.map((o) => o.name).filter((n) => n === '高新区、经开区管委会')).toHaveLength(2);
    const names = writtenOwners(co, (id) => id);
    expect(names.map((w) => w.name)).toEqual(['市市场监管局', '市新闻出版(版权)局', '有关县(市)区人民政府', '高新区、经开区管委会']);
    expect(names[3].parts.map((p) => [p.text, p.owner?.department])).toEqual([
      ['高新区', 'kunming-gao-xin-qu-guan-wei-hui'], ['、', undefined], ['经开区管委会', 'kunming-jing-kai-qu-guan-wei-hui'],
    ]);
  });

  it('falls back to the written name once and each unit by its own name when it cannot cut the name', () => {
    const co = task('kunming-2022/2-6').owners.filter((o) => o.name === '高新区、经开区管委会').map(({ at, ...o }) => o);
    const names = writtenOwners(co, (id) => (id.includes('gao-xin') ? '高新区管委会' : '经开区管委会'));
    expect(names.map((w) => w.parts.map((p) => p.text).join(''))).toEqual(['高新区、经开区管委会（高新区管委会、经开区管委会）']);
    expect(names[0].parts.filter((p) => p.owner)).toHaveLength(2);
  });

  it('lists every other unit once', () => {
    const { lead, others } = leadAndOthers(task('bozhou-draft/2-5'));
    const ids = [...lead, ...others].map((o) => o.department);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('targets as a page shows them', () => {
  it('put comparator words where they read', () => {
    expect(formatTarget(indicator('wuhan-2018/2-p4-i3'))).toBe('达到80分以上');
    expect(formatTarget(indicator('bozhou-draft/1-2-table1-r5'))).toBe('85以上（分）');
    expect(formatTarget(indicator('bozhou-draft/1-2-p1-i3'))).toBe('达到?');
  });

  it('read a figure with its unit before 以上, whether the comparator is in the value or beside it', () => {
    expect(targetFigure(indicator('bozhou-draft/1-2-table1-r5'))).toBe('85分以上');
    expect(targetFigure(indicator('wuhan-2018/2-p4-i3'))).toBe('80分以上');
    expect(targetFigure(indicator('wuhan-2018/2-p2-i1'))).toBe('45000件');
  });
});

describe('themes and comparisons', () => {
  it('put tasks that name a theme’s keyword on its page, across cities', () => {
    const pledge = TOPICS.find((t) => t.slug === 'pledge-financing')!;
    const docs = new Set(model.tasks.filter((t) => topicsOfTask(t).includes(pledge)).map((t) => t.doc));
    expect([...docs].sort()).toEqual(['bozhou-draft', 'hangzhou-2023', 'kunming-2022', 'wuhan-2018']);
  });

  it('compare 每万人口高价值发明专利拥有量 across three plans, one bar each, in one unit', () => {
    const [first] = comparisons(model.indicators, model.documents);
    expect(first.key).toBe('high-value-patents-per-10k');
    expect(first.bars.map((b) => [b.doc.city, b.indicator.value])).toEqual([['杭州', '40'], ['亳州', '2'], ['昆明', '12']]);
    expect(first.chartable).toBe(true);
  });

  it('describe each chart in words that read: city, figure, unit, then 以上', () => {
    const described = Object.fromEntries(comparisons(model.indicators, model.documents).filter((c) => c.chartable).map((c) => [c.key, chartDescription(c)]));
    expect(described).toEqual({
      'high-value-patents-per-10k': '杭州 40件（2025年）；亳州 2件（2025年）；昆明 12件（2025年）。数值照原文。',
      'registered-trademarks': '亳州 12万件（2025年）；昆明 32万件（2025年）；武汉 20万件（2020年）。数值照原文。',
      'ip-pledge-financing-total': '杭州 250亿元（2025年）；亳州 25亿元（2025年）。数值照原文。',
      'ip-protection-satisfaction': '亳州 85分以上（2025年）；武汉 80分以上（2020年）。数值照原文。',
      'geographical-indications': '昆明 30件（2025年）；武汉 43件（2020年）。数值照原文。',
    });
  });
});

describe('indicator sentences', () => {
  it('read a target in words without doubling its unit, and title its page as a sentence', () => {
    expect(targetFigure({ comparator: '', value: '两万三千家', unit: '家' })).toBe('两万三千家');
    expect(targetFigure({ comparator: '达到 以上', value: '百分之八十以上', unit: '%' })).toBe('百分之八十以上');
    expect(indicatorSentence({ name: '专利转化率', comparator: '达到 以上', value: '百分之八十以上', unit: '%', source: 'goal', targetYear: 2026 }))
      .toBe('专利转化率达到百分之八十以上（2026年）');
    expect(indicatorSentence({ name: '发明专利拥有量', comparator: '≥', value: '≥2000', unit: '件', source: 'table', targetYear: 2025 }))
      .toBe('发明专利拥有量2025年目标为≥2000件');
  });
});
