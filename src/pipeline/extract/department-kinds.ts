/**
 * What a unit is (kind) and what it does (functions), read from its name. Functions are shared
 * across cities, so each city's market regulation bureau links to the others.
 */
import type { DepartmentKind } from '../model.ts';

/** First matching rule wins; names are in Simplified script. */
const KINDS: ReadonlyArray<readonly [RegExp, DepartmentKind]> = [
  [/成员单位$/, 'collective'],
  [/^(各|有关)|县.*区.*政府$/, 'governments'],
  [/(联席会议|领导小组)(办公室)?$/, 'coordination-body'],
  [/(法院|中院)$/, 'court'],
  [/检察院$/, 'procuratorate'],
  [/^市委|党校$/, 'party'],
  [/人大/, 'legislature'],
  [/海关$/, 'customs'],
  [/人民银行|^人行|银保监|营管部$|中支$/, 'financial-regulator'],
  [/仲裁/, 'arbitration'],
  [/管委会$/, 'management-committee'],
  [/(科协|工商联|贸促会|协会)$/, 'association'],
  [/局$/, 'bureau'],
  [/(委|委员会)$/, 'commission'],
  [/(办|办公室)$/, 'office'],
  [/政府$/, 'governments'],
];

/** Function keys and the name patterns that show them. */
const FUNCTIONS: ReadonlyArray<readonly [string, RegExp]> = [
  ['market-regulation', /市场监管/],
  ['intellectual-property', /知识产权局/],
  ['ip-coordination', /知识产权.*(联席会议|领导小组)|强市创建工作领导小组/],
  ['science-technology', /科技局/],
  ['industry-information', /经信|经济和信息化|工业和信息化/],
  ['development-reform', /发改|发展改革/],
  ['finance', /财政局/],
  ['financial-services', /金融(工作|监管)?(局|办)/],
  ['banking-regulation', /人民银行|^人行|银保监/],
  ['justice', /司法局/],
  ['public-security', /公安局/],
  ['agriculture', /农业农村/],
  ['forestry', /林业局|林草局/],
  ['natural-resources', /自然资源/],
  ['culture-tourism', /文化(旅游|局)|文旅/],
  ['copyright', /版权/],
  ['education', /教育/],
  ['commerce', /商务局/],
  ['investment-promotion', /招商局/],
  ['talent', /招才局/],
  ['foreign-affairs', /外办|外事/],
  ['state-assets', /国资委/],
  ['human-resources', /人社局|人力资源/],
  ['court', /法院|中院/],
  ['procuratorate', /检察院/],
  ['customs', /海关/],
  ['data-resources', /数据资源/],
  ['quality-supervision', /质监/],
  ['industry-commerce', /工商局/],
  ['arbitration', /仲裁/],
  ['organisation', /组织部|编办/],
  ['science-association', /科协/],
  ['local-governments', /^(各|有关).*政府$/],
  ['development-zones', /(高新|开发|经开|产业园)区.*管委会|开发区管委会/],
];

/** Chinese labels of the function keys, for pages. */
export const FUNCTION_LABELS: Readonly<Record<string, string>> = {
  'market-regulation': '市场监管', 'intellectual-property': '知识产权', 'ip-coordination': '知识产权统筹协调',
  'science-technology': '科技', 'industry-information': '工业和信息化', 'development-reform': '发展改革',
  finance: '财政', 'financial-services': '地方金融', 'banking-regulation': '金融监管', justice: '司法行政',
  'public-security': '公安', agriculture: '农业农村', forestry: '林业', 'natural-resources': '自然资源',
  'culture-tourism': '文化旅游', copyright: '版权', education: '教育', commerce: '商务',
  'investment-promotion': '招商', talent: '人才', 'foreign-affairs': '外事', 'state-assets': '国有资产',
  'human-resources': '人力资源', court: '审判', procuratorate: '检察', customs: '海关',
  'data-resources': '数据资源', 'quality-supervision': '质量监督', 'industry-commerce': '工商',
  arbitration: '仲裁', organisation: '组织编制', 'science-association': '科协',
  'local-governments': '县区政府', 'development-zones': '开发区',
};

/** Chinese labels of the kinds, for pages. */
export const KIND_LABELS: Readonly<Record<DepartmentKind, string>> = {
  bureau: '局', commission: '委员会', office: '办公室', court: '法院', procuratorate: '检察院',
  governments: '人民政府', 'management-committee': '管委会', collective: '成员单位（集合）', party: '党委部门',
  legislature: '人大', customs: '海关', 'financial-regulator': '金融监管机构', association: '群团与协会',
  arbitration: '仲裁机构', 'coordination-body': '议事协调机构', other: '其他',
};

/**
 * The kind of a unit, from its Simplified name.
 * @example departmentKind('市中级人民法院') // 'court'
 */
export function departmentKind(name: string): DepartmentKind {
  return KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
}

/**
 * Function keys of a unit, from its Simplified name and aliases.
 * @example departmentFunctions(['市科技局', '市知识产权局']) // ['intellectual-property', 'science-technology']
 */
export function departmentFunctions(names: readonly string[]): string[] {
  return FUNCTIONS.filter(([, pattern]) => names.some((n) => pattern.test(n))).map(([key]) => key);
}
