import { describe, expect, it } from 'vitest';
import { seedModel } from '../helpers/seeds.ts';

const model = seedModel();
const tasksOf = (doc: string) => model.tasks.filter((t) => t.doc === doc);
const task = (id: string) => model.tasks.find((t) => t.id === id)!;

describe('tasks of the four plans', () => {
  it.each([
    ['hangzhou-2023', 20], ['kunming-2022', 9], ['wuhan-2018', 12], ['bozhou-draft', 22],
  ])('%s has %i tasks', (doc, count) => {
    expect(tasksOf(doc)).toHaveLength(count);
  });

  it('takes Bozhou’s items (三)–(二十四) as its tasks', () => {
    expect(tasksOf('bozhou-draft').map((t) => t.path.at(-1))).toEqual(
      ['(三)', '(四)', '(五)', '(六)', '(七)', '(八)', '(九)', '(十)', '(十一)', '(十二)', '(十三)', '(十四)', '(十五)',
        '(十六)', '(十七)', '(十八)', '(十九)', '(二十)', '(二十一)', '(二十二)', '(二十三)', '(二十四)']);
  });

  it.each([
    ['bozhou-draft', 34], ['kunming-2022', 9], ['wuhan-2018', 22], ['hangzhou-2023', 0],
  ])('%s holds %i owner statements, every one found', (doc, count) => {
    expect(tasksOf(doc).reduce((n, t) => n + t.clauses.length, 0)).toBe(count);
  });

  it('gives a task its path as written, its short title and its url', () => {
    expect(task('wuhan-2018/3-1-1')).toMatchObject({
      path: ['三、', '(一)', '1.'], title: '实施专利导航工程', url: '/policies/wuhan-2018/3-1-1/', line: 42,
    });
    expect(task('hangzhou-2023/2-1-1').path).toEqual(['二、', '（一）', '1.']);
  });

  it('keeps a box in the full text of its task', () => {
    expect(task('bozhou-draft/2-5').text).toContain('专栏1中医药产业知识产权提升工程');
  });
});

describe('owner clauses', () => {
  it('let one statement cover the sentences before it, back to the statement before', () => {
    const t = task('wuhan-2018/3-1-3');
    expect(t.clauses).toHaveLength(3);
    expect(t.clauses[0].covers[0]).toEqual({ node: '3-1-3', start: 0, end: '实施知识产权强企工程。'.length });
    expect(t.clauses[1].covers).toEqual([{ node: '3-1-3-p1', start: t.clauses[0].at.end, end: t.clauses[1].at.start }]);
  });

  it('carry up to four statements in one paragraph (Wuhan 三、(二)2.)', () => {
    const t = task('wuhan-2018/3-2-2');
    expect(t.clauses.map((c) => c.at.node)).toEqual(['3-2-2-p1', '3-2-2-p2', '3-2-2-p2', '3-2-2-p2', '3-2-2-p2']);
    expect(t.clauses[4].line).toBe(56);
  });

  it('name each owner’s department, the name as written, its role and its clause', () => {
    expect(task('bozhou-draft/2-5').owners.slice(8).map(({ at, ...owner }) => owner)).toEqual([
      { department: 'bozhou-shi-shi-chang-jian-guan-ju', name: '市市场监管局(知识产权局)', role: 'lead', clause: 1 },
      { department: 'bozhou-shi-fa-gai-wei', name: '市发改委', role: 'co', clause: 1 },
      { department: 'bozhou-shi-ke-ji-ju', name: '市科技局', role: 'co', clause: 1 },
      { department: 'bozhou-shi-jing-xin-ju', name: '市经信局', role: 'co', clause: 1 },
      { department: 'bozhou-bo-zhou-hai-guan', name: '亳州海关', role: 'co', clause: 1 },
    ]);
  });

  it('say where in the text each owner is named', () => {
    const doc = model.documents.find((d) => d.slug === 'kunming-2022')!;
    const paragraphs = new Map<string, string>();
    const visit = (nodes: typeof doc.outline) => nodes.forEach((n) => { paragraphs.set(n.id, n.text ?? ''); visit(n.children); });
    visit(doc.outline);
    const owners = task('kunming-2022/2-6').owners;
    expect(owners.map((o) => paragraphs.get(o.at!.node)!.slice(o.at!.start, o.at!.end))).toEqual([
      '市市场监管局', '市新闻出版(版权)局', '有关县(市)区人民政府', '高新区', '经开区管委会',
    ]);
  });

  it('point at the statement’s place in the file received', () => {
    const [clause] = task('kunming-2022/2-1').clauses;
    expect(clause).toMatchObject({ line: 39, statement: '(市市场监管局、市工业和信息化局、市科技局、市司法局、市国资委按职责分工负责。)' });
  });
});

describe('Hangzhou’s plan-level lead', () => {
  it('is given to every task as the document’s owner, marked plan-level, not per task', () => {
    for (const t of tasksOf('hangzhou-2023')) {
      expect(t.planLevelOwners).toBe(true);
      expect(t.owners).toEqual([{ department: 'hangzhou-shi-shi-chang-jian-guan-ju', name: '市市場監管局', role: 'document', clause: null }]);
    }
  });

  it('is not given to tasks that name their own owners', () => {
    expect(model.tasks.filter((t) => t.doc !== 'hangzhou-2023' && t.planLevelOwners)).toEqual([]);
  });
});
