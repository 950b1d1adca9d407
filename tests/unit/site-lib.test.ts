import { describe, expect, it } from 'vitest';
import { formatTarget } from '../../src/lib/indicators.ts';
import { planStatus, chineseDate } from '../../src/lib/status.ts';
import { officialCitation, referenceCitation } from '../../src/lib/citation.ts';
import { leadAndOthers } from '../../src/lib/owners.ts';
import { TOPICS, topicsOfTask } from '../../src/lib/topics.ts';
import { comparisons } from '../../src/lib/comparisons.ts';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const doc = (slug: string) => model.documents.find((d) => d.slug === slug)!;
const task = (id: string) => model.tasks.find((t) => t.id === id)!;
const indicator = (id: string) => model.indicators.find((i) => i.id === id)!;

describe('a plan’s status, computed against its own dates', () => {
  it('is 征求意见稿 for the Bozhou draft whatever the day', () => {
    expect(planStatus(doc('bozhou-draft'), '2024-01-01')).toEqual({ key: 'draft', label: '征求意见稿' });
  });

  it('is in force until Hangzhou’s stated end date, and expired after it', () => {
    expect(planStatus(doc('hangzhou-2023'), '2024-05-01')).toEqual({ key: 'in-force', label: '有效期内', date: '2025-06-30' });
    expect(planStatus(doc('hangzhou-2023'), '2025-07-01')).toEqual({ key: 'expired', label: '已到期', date: '2025-06-30' });
  });

  it('takes the end of the plan period when no end date is stated', () => {
    expect(planStatus(doc('kunming-2022'), '2026-11-21')).toEqual({ key: 'expired', label: '已到期', date: '2025-12-31' });
    expect(chineseDate('2025-12-31')).toBe('2025年12月31日');
  });
});

describe('citations', () => {
  it('write the 公文 style with full-width brackets', () => {
    expect(officialCitation(doc('kunming-2022'), ['二、', '(三)'])).toBe('《昆明市国家知识产权强市建设示范城市工作方案（2022—2025年）》二、（三）');
    expect(officialCitation(doc('hangzhou-2023'), ['二、', '（一）', '1.'])).toBe('《杭州市国家知识产权强市建设示范城市创建工作方案》二、（一）1.');
  });

  it('write a GB/T 7714 [A/OL] reference, saying when a plan is a draft', () => {
    expect(referenceCitation(doc('wuhan-2018'), 'https://example.org/x/', '2026-11-21'))
      .toBe('武汉市人民政府办公厅. 武汉市知识产权运营服务体系建设实施方案(2018—2020年)[A/OL]. (2018-12-29)[2026-11-21]. https://example.org/x/.');
    expect(referenceCitation(doc('bozhou-draft'), 'u', 'd')).toBe('亳州市. 亳州市知识产权强市建设实施方案（征求意见稿）[A/OL]. [d]. u.');
  });
});

describe('the lead column', () => {
  it('shows units marked 牵头, then responsible units, then the plan-level lead', () => {
    expect(leadAndOthers(task('bozhou-draft/2-5')).lead.map((o) => o.name)).toEqual(['市市场监管局(知识产权局)']);
    expect(leadAndOthers(task('wuhan-2018/3-1-1')).lead.map((o) => o.role)).toEqual(['responsible', 'responsible']);
    expect(leadAndOthers(task('hangzhou-2023/2-1-1')).lead.map((o) => o.role)).toEqual(['document']);
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
});
