import { describe, expect, it } from 'vitest';
import type { Owner } from '../../src/pipeline/model.ts';
import { answerableAlone } from '../../src/pipeline/extract/sole-owner.ts';
import { seedModel } from '../helpers/seeds.ts';

const owner = (name: string, role: Owner['role'] = 'co', department = name): Owner => ({ department, name, role, clause: 0 });
const roles = (owners: Owner[]) => answerableAlone(owners, false).map((o) => o.role);

describe('a unit named alone under 按职责分工负责', () => {
  it('answers for the whole task, as a 责任单位 does', () => {
    expect(roles([owner('市市场监管局')])).toEqual(['responsible']);
  });

  it('stays shared beside other units, or when its list closes with 等', () => {
    expect(roles([owner('市市场监管局'), owner('市科技局')])).toEqual(['co', 'co']);
    expect(roles([owner('市数据局', 'responsible'), owner('市直各有关部门')])).toEqual(['responsible', 'co']);
    expect(answerableAlone([owner('市市场监管局')], true).map((o) => o.role)).toEqual(['co']);
  });

  it.each(['各成员单位', '市直有关单位', '有关县(市)区人民政府', '各县、区政府', '市知识产权工作联席会议各成员单位'])('stays shared when the one name stands for many units (%s)', (name) => {
    expect(roles([owner(name)])).toEqual(['co']);
  });

  it('leaves other roles as written', () => {
    expect(roles([owner('市科技局', 'cooperate')])).toEqual(['cooperate']);
    expect(roles([owner('市科技局', 'lead')])).toEqual(['lead']);
  });

  it('makes Kunming’s 二、（七） (市市场监管局按职责分工负责) the one task its market bureau is responsible for', () => {
    const kunming = seedModel().tasks.filter((t) => t.doc === 'kunming-2022');
    expect(kunming.find((t) => t.node === '2-7')?.owners.map((o) => `${o.name}:${o.role}`)).toEqual(['市市场监管局:responsible']);
    expect(kunming.filter((t) => t.owners.some((o) => o.role === 'co'))).toHaveLength(8);
  });
});
