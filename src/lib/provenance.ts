/** Where a plan's copy came from, in words: the page of its publisher, or a repost on another site. */
import type { PolicyDocument } from '../pipeline/model.ts';
import { chineseDate } from './status.ts';

/**
 * The web page a copy was saved from, or nothing for a file that came without one: the words
 * before the source's name, the name as the page writes it (in the plan's script), the words
 * after. A publisher's own page is called 发布; only another site's copy is called 转载.
 * @example sourceLine(kunming)?.join('') // '录自昆明市人民政府办公室发布的网页'
 * @example sourceLine(wuhan)?.join('') // '转载自武汉市软件行业协会网站（2020年3月9日）'
 */
export function sourceLine(doc: PolicyDocument): [before: string, name: string, after: string] | undefined {
  const { sourceSite, sourceRole, repostDate } = doc.provenance;
  if (!sourceSite) return undefined;
  const date = repostDate ? `（${chineseDate(repostDate)}）` : '';
  return sourceRole === 'publisher' ? ['录自', sourceSite, `发布的网页${date}`] : ['转载自', sourceSite, `网站${date}`];
}
