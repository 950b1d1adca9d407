/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * whose code are both unchanged since the last build is not rendered again, and Astro restores its
 * output. A key must change whenever anything the page shows changes, so it digests what the page
 * reads. A plan's own text pages (in its script and in Simplified) read that plan's content entry
 * and its record in the model, and nothing else. Every other page also shows other plans (related
 * tasks, like units, comparisons, the indexes), so its key is the digest of the whole model: a
 * change to any plan renders them again, and a build with nothing changed renders none. A plan's
 * status (in force, expired) depends on the day of the build as well, so pages that show it put it
 * in their key. Whether the header's search box is scoped to the page's province depends on the
 * whole library's size and the index limit (src/search/scopes.ts): the model key holds the limit,
 * and a plan page's key the scope of its box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir.ts';
import { sha256 } from '../pipeline/catalog.ts';
import type { PolicyDocument } from '../pipeline/model.ts';
import type { Site } from './model.ts';
import { planStatus } from './status.ts';
import { indexRecordLimit, searchProvinceOf } from '../search/scopes.ts';

const digest = (text: string) => sha256(Buffer.from(text));

let modelDigest: string | undefined;

/**
 * The key of a page that reads the whole model: the digest of content/model.json as written, and
 * the search index's record limit, which with the model decides the header box's scope.
 * @example getStaticPaths() { return tasks.map((t) => ({ params, props, cacheKey: modelKey() })) }
 */
export function modelKey(): string {
  modelDigest ??= digest(`${sha256(readFileSync(join(contentDir(), 'model.json')))}\nsearch index limit ${indexRecordLimit()}`);
  return modelDigest;
}

/**
 * The key of a page that reads the whole model and shows these plans' status as of the build.
 * @example cacheKey: keyWithStatus(city.documents)
 */
export function keyWithStatus(docs: readonly PolicyDocument[]): string {
  return digest(`${modelKey()}\n${JSON.stringify(docs.map((d) => planStatus(d)))}`);
}

/**
 * The key of a plan's text page: its content entry (the generated MDX) and what the page's side
 * column shows from the model — the plan's record with its outline, its status as of the build,
 * its task and repair counts, and the addresses of the units that lead it.
 * @example planPageKey(site, 'hangzhou-2023', entry.digest) // '5f0c…'
 */
export function planPageKey(site: Site, slug: string, entryDigest: string | undefined): string {
  if (!entryDigest) throw new Error(`the content entry of plan ${slug} has no digest; src/lib/plan-loader.ts sets one for every entry.`);
  const doc = site.document(slug);
  const side = {
    doc,
    status: planStatus(doc),
    tasks: site.tasksOf(slug).length,
    repairs: site.repairsOf(slug).length,
    leads: doc.planLeads.map((lead) => site.department(lead.department).url),
    searchScope: searchProvinceOf(site.model, site.cities.find((c) => c.cityId === doc.cityId)?.province) ?? '',
  };
  return digest(`${entryDigest}\n${JSON.stringify(side)}`);
}
