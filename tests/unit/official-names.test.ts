import { describe, expect, it } from 'vitest';
import { expandUnitName, officialNamesOf, UNIT_ABBREVIATIONS, unitOfficialNames } from '../../src/lib/official-names.ts';
import { seedModel } from '../helpers/seeds.ts';

describe('the table of standard abbreviations', () => {
  it.each([
    ['市市场监管局', '市市场监督管理局'],
    ['昆明市市场监管局', '昆明市市场监督管理局'],
    ['市地方金融监管局', '市地方金融监督管理局'],
    ['市发改委', '市发展和改革委员会'],
    ['市发展改革委', '市发展和改革委员会'],
    ['市人社局', '市人力资源和社会保障局'],
    ['市人力资源社会保障局', '市人力资源和社会保障局'],
    ['市科技局', '市科学技术局'],
    ['市委编办', '市委机构编制委员会办公室'],
    ['高新区、经开区管委会', '高新技术产业开发区、经济技术开发区管理委员会'],
    ['市中院', '市中级人民法院'],
  ])('writes %s out as %s', (short, full) => {
    expect(expandUnitName(short)).toBe(full);
  });

  it.each(['市人民检察院', '市中级人民法院', '昆明仲裁委员会', '市商务局', '市市场监督管理局', '国家金融监督管理总局枫陵监管分局'])('leaves a name already written out as it is (%s)', (name) => {
    expect(expandUnitName(name)).toBe(name);
  });

  it('holds each abbreviation once, shorter than what it stands for', () => {
    expect(new Set(UNIT_ABBREVIATIONS.map(([short]) => short)).size).toBe(UNIT_ABBREVIATIONS.length);
    for (const [short, full] of UNIT_ABBREVIATIONS) expect(full.length).toBeGreaterThan(short.length);
  });
});

describe('a unit’s official names', () => {
  it('gives Kunming’s 市市场监管局 its full name and the 知识产权局 its office carries', () => {
    const names = officialNamesOf(seedModel())('kunming-shi-shi-chang-jian-guan-ju');
    expect(names).toEqual(expect.arrayContaining(['昆明市市场监督管理局', '市市场监督管理局', '昆明市知识产权局', '市知识产权局']));
  });

  it('gives no unit a second name that another unit of its city answers to', () => {
    const unit = { name: '市市场监管局', fullName: '某市市场监管局', aliases: [] };
    expect(unitOfficialNames(unit, ['市知识产权局'])).toEqual(['某市市场监督管理局', '市市场监督管理局']);
  });

  it('adds nothing for a name with no abbreviation in it', () => {
    expect(officialNamesOf(seedModel())('kunming-shi-shang-wu-ju')).toEqual([]);
  });
});
