/**
 * The script a plan is read in. A plan is read in the script it was published in: a Traditional
 * transcription of a plan published in Simplified (the catalog's `publishedScript`, as for 杭州's
 * seed) is shown in Simplified wherever the site names it — cards, lists, task pages, search
 * results — with the transcription one click away as the source text. Any other plan is shown as
 * received, a Traditional one with a machine-converted Simplified view beside it.
 */
import type { PolicyDocument } from '../pipeline/model.ts';
import { simplify } from '../pipeline/script.ts';

export interface Reading {
  /** The `lang` of text shown in the reading script. */
  lang: 'zh-Hans' | 'zh-Hant';
  /** Whether the reading script is a conversion of the text as received. */
  converted: boolean;
  /** A text of the plan (a title, a unit as written) in the reading script. */
  text: (text: string) => string;
}

const asReceived = (text: string) => text;
const SIMPLIFIED: Reading = Object.freeze({ lang: 'zh-Hans', converted: false, text: asReceived });
const TRADITIONAL: Reading = Object.freeze({ lang: 'zh-Hant', converted: false, text: asReceived });
const CONVERTED: Reading = Object.freeze({ lang: 'zh-Hans', converted: true, text: simplify });

/**
 * How a plan is read. Only Traditional → Simplified is converted: a Simplified copy of a plan
 * published in Traditional is shown as received.
 * @example readingOf(hangzhou).text('市市場監管局') // '市市场监管局'
 * @example readingOf(wuhan).converted // false
 */
export function readingOf(doc: Pick<PolicyDocument, 'script' | 'publishedScript'>): Reading {
  if (doc.script === 'zh-Hans') return SIMPLIFIED;
  return doc.publishedScript === 'zh-Hans' ? CONVERTED : TRADITIONAL;
}

/**
 * The view of a plan page that its address `/policies/<slug>/` shows: the Simplified view for a
 * plan read in converted Simplified, its text as received otherwise. The other view of a
 * Traditional plan has an address of its own: `zh-hant/` for the transcription as received,
 * `zh-hans/` for a machine-converted Simplified view.
 * @example readingView(hangzhou) // 'simplified'
 */
export function readingView(doc: Pick<PolicyDocument, 'script' | 'publishedScript'>): 'source' | 'simplified' {
  return readingOf(doc).converted ? 'simplified' : 'source';
}

/**
 * The address of the page that shows a plan's text as received: the plan's own, or `zh-hant/`
 * beside it when the plan is read in converted Simplified.
 * @example sourceViewUrl(hangzhou) // '/policies/hangzhou-2023/zh-hant/'
 */
export function sourceViewUrl(doc: Pick<PolicyDocument, 'script' | 'publishedScript' | 'url'>): string {
  return readingView(doc) === 'source' ? doc.url : `${doc.url}zh-hant/`;
}
