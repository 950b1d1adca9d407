/**
 * A province's cities, for the search page's city filter in a library searched by province
 * (src/search/scopes.ts): `/search/cities/zhejiang.json` (provinceCitiesFile), a JSON array of names. None for a small
 * library, whose page lists its cities itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../../lib/model.ts';
import { modelKey } from '../../../lib/page-keys.ts';
import { modelSearchLayout } from '../../../search/scopes.ts';

export const getStaticPaths = (() =>
  [...modelSearchLayout(loadModel()).cities].map(([province, cities]) => ({
    params: { province },
    props: { cities },
    cacheKey: modelKey(),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { cities: string[] }).cities), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
