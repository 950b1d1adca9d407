/**
 * A web page's header and footer saved with the plan (navigation, copyright, address) are not
 * part of it. The catalog may declare which lines they are; where it declares none, lines at the
 * start and the end of the file that only a web page writes (`当前位置`, `打印本页`, `上一篇`,
 * `版权所有`, `ICP备`, `发布时间：… 来源：…`) are found and set aside, each a recorded repair.
 * What they say about where the copy came from (the source it names, its date) is kept as
 * metadata, not as text.
 */
import type { CatalogEntry } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { SourceLine } from '../read.ts';
import type { RepairKind } from './rule.ts';

/** The removal of declared chrome lines, as the repairs page explains it. */
export const webChromeRepair: RepairKind = {
  kind: 'web-chrome',
  label: '网页页眉页脚',
  description: ['从网页保存的方案带着网页的栏目名、来源栏、导航与页脚（版权、地址、电话），按目录中声明的行号整行剔除；目录未声明时，文件首尾只有网页才写的行（“当前位置”“打印本页”“上一篇”“版权所有”“ICP备”等）自动识别后剔除。网页所载的来源（发布单位或转载网站）与日期保留为方案的元数据。'],
};

/** What a saved page's header says about it: the 来源 it names and its date. Whether that source published or reposted the plan is decided where the issuer is known (extract). */
export interface Provenance {
  sourceSite?: string;
  repostDate?: string;
}

const SOURCE = /(?:文章|信息)?来源[:：]\s*([^|\s][^|]*?)?\s*(?:\||$|\s{2,}|发布|浏览|点击|字[体号])/;
const DATE = /(?:发布|更新|成文)(?:日期|时间)[:：]\s*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;

/** Lines only a web page writes, at the start of a saved copy. */
const HEADER = /当前位置|您现在的位置|您的位置|首页\s*[>＞»]|[>＞»]\s*(正文|通知公告|政策文件)|字[体号][:：]?\s*[【\[]?\s*[大中小]|打印本页|【打印】|【关闭】|关闭窗口|分享到|浏览次数|阅读次数|点击数|访问量|^(文章|信息)?来源[:：]|^(发布|更新)(日期|时间)[:：]|索引号[:：]|主题分类[:：]|^信息名称[:：]|^【字体/;
/** Lines only a web page writes, at the end of a saved copy. */
const FOOTER = /上一篇|下一篇|打印本页|【打印】|【关闭】|关闭窗口|版权所有|Copyright|©|ICP备|公网安备|网站标识码|技术支持[:：]|^地址[:：]|联系电话[:：]|^电话[:：]|传真[:：]|邮编[:：]|扫一扫|关注官方微信|^主办单位[:：]|^承办单位[:：]|网站地图|联系我们|[^。]*\.(pdf|docx?|xlsx?|wps)$/i;

/** A line set aside as chrome, and why. */
export interface ChromeLine extends SourceLine {
  what: string;
}

/** The lines at the start and end of a file that a web page wrote, found by what they say. */
export function detectWebChrome(lines: readonly SourceLine[]): Map<number, string> {
  const found = new Map<number, string>();
  const blank = (l: SourceLine) => l.text.trim() === '';
  // From the start: chrome lines, and the blank lines between them, until the first line of text.
  let lastChrome = -1;
  for (let i = 0; i < lines.length && i < 30; i++) {
    if (blank(lines[i])) continue;
    if (!HEADER.test(lines[i].text.trim())) break;
    lastChrome = i;
  }
  for (let i = 0; i <= lastChrome; i++) if (!blank(lines[i])) found.set(lines[i].number, '自动识别的网页页眉（导航、来源栏、字号与打印按钮）');
  // From the end, the same way.
  let firstChrome = lines.length;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 40; i--) {
    if (blank(lines[i])) continue;
    if (!FOOTER.test(lines[i].text.trim())) break;
    firstChrome = i;
  }
  for (let i = firstChrome; i < lines.length; i++) if (!blank(lines[i])) found.set(lines[i].number, '自动识别的网页页脚（附件链接、上下篇、版权与联系方式）');
  return found;
}

/** Splits the declared chrome lines from the body. */
export function splitWebChrome(lines: SourceLine[], entry: CatalogEntry, log: MessageLog) {
  const chrome: SourceLine[] = [];
  const body: SourceLine[] = [];
  for (const range of entry.webChrome) {
    if (range.from > range.to || range.to > lines.length) {
      log.fail('web-chrome-range', range.from, 1,
        `the catalog declares lines ${range.from}–${range.to} as web chrome ("${range.what}"), but the file has ${lines.length} lines.`,
        'Correct the webChrome range of its catalog entry.');
    }
  }
  // A declared range wins; without one, what a web page writes at either end is found.
  const detected = entry.webChrome.length === 0 ? detectWebChrome(lines) : new Map<number, string>();
  const what = (n: number) => entry.webChrome.find((r) => n >= r.from && n <= r.to)?.what ?? detected.get(n);
  for (const line of lines) (what(line.number) !== undefined ? chrome : body).push(line);
  return { chrome, body, provenance: readProvenance(chrome), what };
}

/** Source site and repost date, as the page's header states them. */
export function readProvenance(chrome: SourceLine[]): Provenance {
  const provenance: Provenance = {};
  chrome.forEach((line, i) => {
    const source = SOURCE.exec(line.text);
    if (source && !provenance.sourceSite) {
      const named = source[1]?.trim() || chrome.slice(i + 1).find((l) => l.text.trim())?.text.trim();
      if (named) provenance.sourceSite = named;
    }
    const date = DATE.exec(line.text);
    if (date && !provenance.repostDate) provenance.repostDate = `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}`;
  });
  return provenance;
}
