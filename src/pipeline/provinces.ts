/**
 * Ids of China's provincial-level divisions, for URLs that a province names (a theme's tasks in
 * one province). A fixed table, because pinyin alone would give 山西 and 陕西 the same id; the
 * ids are the romanisations the provinces use themselves (Shaanxi for 陕西).
 */
export const PROVINCE_IDS: Readonly<Record<string, string>> = {
  北京: 'beijing', 天津: 'tianjin', 上海: 'shanghai', 重庆: 'chongqing',
  河北: 'hebei', 山西: 'shanxi', 辽宁: 'liaoning', 吉林: 'jilin', 黑龙江: 'heilongjiang',
  江苏: 'jiangsu', 浙江: 'zhejiang', 安徽: 'anhui', 福建: 'fujian', 江西: 'jiangxi', 山东: 'shandong',
  河南: 'henan', 湖北: 'hubei', 湖南: 'hunan', 广东: 'guangdong', 海南: 'hainan',
  四川: 'sichuan', 贵州: 'guizhou', 云南: 'yunnan', 陕西: 'shaanxi', 甘肃: 'gansu', 青海: 'qinghai',
  台湾: 'taiwan', 内蒙古: 'neimenggu', 广西: 'guangxi', 西藏: 'xizang', 宁夏: 'ningxia', 新疆: 'xinjiang',
  香港: 'hongkong', 澳门: 'macao',
};

/** What a province's full name may add to its short name. */
const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/u;

/** The short name a province's short or full name stands for, or undefined for a name that is none. */
function shortName(name: string): string | undefined {
  if (PROVINCE_IDS[name]) return name;
  const short = name.replace(SUFFIX, '');
  return PROVINCE_IDS[short] ? short : undefined;
}

/** The id of a province by its short or full name, or undefined for a name that is none. */
export function knownProvinceId(name: string): string | undefined {
  const short = shortName(name);
  return short && PROVINCE_IDS[short];
}

/**
 * The short name of a province, by its short or full name: the name the site shows and groups by.
 * @example provinceName('广西壮族自治区') // '广西'
 */
export function provinceName(name: string): string {
  const short = shortName(name);
  if (!short) throw unknownProvince(name);
  return short;
}

/**
 * The id of a province, by its short or full name.
 * @example provinceId('陕西') // 'shaanxi'
 * @example provinceId('广西壮族自治区') // 'guangxi'
 */
export function provinceId(name: string): string {
  return PROVINCE_IDS[provinceName(name)];
}

function unknownProvince(name: string): Error {
  return new Error(`province "${name}" is not a provincial-level division this site knows; expected a name such as 浙江 or 浙江省 (see src/pipeline/provinces.ts, which lists all 34).`);
}
