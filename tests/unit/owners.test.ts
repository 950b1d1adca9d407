import { describe, expect, it } from 'vitest';
import { findOwnerStatements } from '../../src/pipeline/extract/owners.ts';
import { seedLines } from '../helpers/seeds.ts';

const roles = (text: string) =>
  findOwnerStatements(text).statements.map((s) => s.groups.map((g) => [g.role, g.units.map((u) => u.written)]));

describe('owner statements as the seeds write them', () => {
  it('reads Kunming’s (…按职责分工负责。) as co-responsible units', () => {
    expect(roles(seedLines('kunming-2022', 39))).toEqual([[['co', ['市市场监管局', '市工业和信息化局', '市科技局', '市司法局', '市国资委']]]]);
  });

  it('reads Kunming’s square-bracket form with a bracket inside a name', () => {
    expect(roles(seedLines('kunming-2022', 41))).toEqual([[['co', ['市市场监管局', '市科技局', '市新闻出版(版权)局']]]]);
  });

  it('reads Bozhou’s (A牵头,B、C等按职责分工负责) as a lead and co-responsible units, and notes the 等', () => {
    const [statement] = findOwnerStatements(seedLines('bozhou-draft', 109)).statements;
    expect(statement.groups.map((g) => [g.role, g.units.map((u) => u.base)])).toEqual([
      ['lead', ['市市场监管局']],
      ['co', ['市发改委', '市科技局', '市经信局', '亳州海关']],
    ]);
    expect(statement.open).toBe(true);
  });

  it('reads five leads before 牵头 in Bozhou (十)', () => {
    const [statement] = findOwnerStatements(seedLines('bozhou-draft', 156)).statements;
    expect(statement.groups[0]).toMatchObject({ role: 'lead' });
    expect(statement.groups[0].units.map((u) => u.base)).toEqual(['市中院', '市检察院', '市公安局', '市司法局', '市市场监管局']);
    expect(statement.groups[1].units).toHaveLength(5);
  });

  it('reads “X负责” alone as responsible', () => {
    expect(roles(seedLines('bozhou-draft', 187))).toEqual([[['responsible', ['市市场监管局(知识产权局)', '市委编办']]]]);
  });

  it('reads Wuhan’s (责任单位:…) and (责任部门:…) as responsible', () => {
    expect(roles(seedLines('wuhan-2018', 42))).toEqual([[['responsible', ['市科技局〈市知识产权局〉', '各区人民政府〈含开发区、风景区管委会,下同〉']]]]);
    expect(roles(seedLines('wuhan-2018', 72))[0][0][0]).toBe('responsible');
    expect(roles(seedLines('wuhan-2018', 72))[0][0][1]).toHaveLength(10);
  });

  it('finds all four statements of one Wuhan paragraph, in order', () => {
    const { statements } = findOwnerStatements(seedLines('wuhan-2018', 56));
    expect(statements).toHaveLength(4);
    expect(statements.map((s) => s.groups[0].units.length)).toEqual([2, 3, 4, 4]);
    expect(statements[0].start).toBeLessThan(statements[1].start);
  });

  it('does not take a bracketed gloss for an owner statement', () => {
    expect(findOwnerStatements('鼓励企业通过PCT(专利合作条约)专利申请。').statements).toEqual([]);
    expect(findOwnerStatements('由市推进国家知识产权强市创建工作领导小组(以下简称领导小组)负责统筹协调').statements).toEqual([]);
  });

  it('does not read brackets inside a cited title', () => {
    expect(findOwnerStatements('贯彻《管理办法(市科技局负责)》。').statements).toEqual([]);
  });
});

describe('broken owner statements', () => {
  it('keep the text, warn on the bracket that has no partner, and still read the units', () => {
    const { statements, problems } = findOwnerStatements('完善知识产权服务体系。(市市场监管局、市科技局按职责分工负责。');
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'unbalanced-brackets', at: 11 })]);
    expect(statements[0].groups[0].units.map((u) => u.base)).toEqual(['市市场监管局', '市科技局']);
  });

  it('warn when a list uses a separator the sources never use', () => {
    const { statements, problems } = findOwnerStatements('完善体系。(市市场监管局/市科技局按职责分工负责)');
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'owner-separator' })]);
    expect(statements[0].groups[0].units.map((u) => u.written)).toEqual(['市市场监管局/市科技局']);
  });
});
