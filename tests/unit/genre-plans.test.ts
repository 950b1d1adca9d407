/**
 * Plans of the genre written in habits the four seeds never showed (tests/genre-plans/<plan>/:
 * input.txt and a hand-written expected.json, README.md there says what each shows). Every
 * task must be found at its numbering path with its owners and roles, and every owner-like text
 * the plan's reader marked as unreadable must be warned about. `npm run genre:report` prints the
 * same figures as a table.
 */
import { describe, expect, it } from 'vitest';
import { planFolders, scorePlan } from '../../scripts/genre/score.ts';
import { runOn } from '../helpers/seeds.ts';

const root = new URL('../genre-plans/', import.meta.url).pathname;

/**
 * Differences from the expectations that are known and said: each is a form the readers do not
 * read, and each of the owner ones is warned about where it stands (the last test checks that).
 */
const KNOWN: Record<string, string[]> = {
  'unreadable-owners': [
    // `（由市商务局会同有关部门研究推进）`: 会同 is warned about, not read as a lead.
    '二、（一）3.: missing [市商务局 lead] extra []',
    // A list whose names are split by a space or a slash is kept as one name, and warned about.
    '二、（二）1.: missing [] extra [市公安局市文化旅游广电局 responsible]',
    '二、（三）1.: missing [] extra [市科技局/市工业和信息化局 lead]',
  ],
  // `2025年秋季学期前` names a school term, not a date the deadline reader knows.
  'notice-points-and-collectives': ['二、（七）: deadline "2025年秋季学期前", read none'],
  // `专班办公室设在县商务局` says where an office sits; it holds no owner word and is no cue.
  'lanqi-annex-table': ['line 34: owner-like text "专班办公室设在县商务局" has no warning'],
  // The notice's own instructions (`市数据局要会同有关部门…`) are not the plan's text: the ledger reads the plan.
  'heting-data-elements': ['line 4: owner-like text "市数据局要会同有关部门" has no warning'],
  // `发挥领导小组牵头抓总作用` describes a standing duty (the role word has an object), which the ledger leaves alone.
  'wulan-rural-revitalization': ['line 58: owner-like text "领导小组牵头抓总" has no warning'],
};

const plans = planFolders(root);

describe('genre plans', () => {
  it('are at least twenty-five, each in a habit of its own', () => {
    expect(plans.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(plans)('%s', (slug) => {
    const score = scorePlan(`${root}${slug}`, slug);

    it('finds every task at its numbering path, and no other', () => {
      expect(score.tasksMatched).toBe(score.tasksExpected);
      expect(score.tasksFound).toBe(score.tasksExpected);
    });

    it('reads every owner with its role, deadlines as written, and warns at every unreadable owner text', () => {
      expect(score.differences).toEqual(KNOWN[slug] ?? []);
    });
  });

  it('warn where each known gap stands', () => {
    const score = scorePlan(`${root}unreadable-owners`, 'unreadable-owners');
    const rules = score.model.messages.map((m) => `${m.line} ${m.ruleId}`);
    expect(rules).toEqual(expect.arrayContaining(['28 unread-owner', '32 owner-separator', '42 owner-separator', '47 unread-owner']));
  });
});

describe('a plan whose owners cannot be read', () => {
  const plan = [
    '云岭市促进会展业发展工作方案',
    '一、总体要求',
    '以高质量发展为主题，推动会展业提质增效。',
    '二、重点任务',
    '（一）培育品牌展会。每年培育市级品牌展会5个以上。具体由市商务局会同有关部门研究落实。',
    '（二）完善场馆设施。推进会展中心二期建设。（主办：市商务局/市城投集团）',
    '（三）优化会展服务。建立会展活动一站式服务窗口。',
  ].join('\n');

  it('says so loudly, naming the first owner-like text it saw', () => {
    const model = runOn(plan, { city: '云岭', cityId: 'yunling', province: '云南' });
    expect(model.tasks).toHaveLength(3);
    expect(model.tasks.every((t) => t.owners.length === 0)).toBe(true);
    const noOwners = model.messages.find((m) => m.ruleId === 'no-owners');
    expect(noOwners).toMatchObject({ line: 5, severity: 'warning' });
    expect(noOwners?.reason).toContain('由市商务局会同有关部门研究落实');
    expect(model.messages.filter((m) => m.ruleId === 'unread-owner').map((m) => m.line)).toEqual([5, 6]);
  });

  it('says which rule declined numbered items that are not tasks', () => {
    const model = runOn(['云岭市会展业发展规划', '一、指导思想', '坚持市场化方向。', '二、基本原则', '坚持统筹兼顾。'].join('\n'),
      { city: '云岭', cityId: 'yunling', province: '云南' });
    const warning = model.messages.find((m) => m.ruleId === 'no-tasks');
    expect(warning?.reason).toContain('一、指导思想 (its title names "指导思想")');
  });
});
