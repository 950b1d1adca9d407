/**
 * A web page's header and footer saved with the plan (navigation, copyright, address) are not
 * part of it. The catalog declares which lines they are; what they say about where the copy
 * came from (the source it names, its date) is kept as metadata, not as text.
 */
import type { CatalogEntry } from '../model.ts';
import type { MessageLog } from '../messages.ts';
import type { SourceLine } from '../read.ts';
import type { RepairKind } from './rule.ts';

/** The removal of declared chrome lines, as the repairs page explains it. */
export const webChromeRepair: RepairKind = {
  kind: 'web-chrome',
  label: '网页页眉页脚',
  description: ['从网页保存的方案带着网页的栏目名、来源栏、导航与页脚（版权、地址、电话），按目录中声明的行号整行剔除；网页所载的来源（发布单位或转载网站）与日期保留为方案的元数据。'],
};

/** What a saved page's header says about it: the 来源 it names and its date. Whether that source published or reposted the plan is decided where the issuer is known (extract). */
export interface Provenance {
  sourceSite?: string;
  repostDate?: string;
}

const SOURCE = /(?:文章)?来源[:：]\s*([^|\s][^|]*?)?\s*(?:\||$)/;
const DATE = /发布日期[:：]\s*(\d{4}-\d{2}-\d{2})/;

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
  const inChrome = (n: number) => entry.webChrome.some((r) => n >= r.from && n <= r.to);
  for (const line of lines) (inChrome(line.number) ? chrome : body).push(line);
  return { chrome, body, provenance: readProvenance(chrome) };
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
    if (date && !provenance.repostDate) provenance.repostDate = date[1];
  });
  return provenance;
}
