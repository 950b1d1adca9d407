/** Open data files: /data/<table>.json and /data/<table>.csv for every table of the model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { TABLE_NAMES, tableRows, toCsv, type TableName } from '../../open-data/tables.ts';
import { modelKey } from '../../lib/page-keys.ts';

export const getStaticPaths = (() =>
  TABLE_NAMES.flatMap((name) => ['json', 'csv'].map((ext) => ({ params: { file: `${name}.${ext}` }, props: { name, ext }, cacheKey: modelKey() })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { name, ext } = props as { name: TableName; ext: 'json' | 'csv' };
  const rows = tableRows(loadModel(), name);
  if (ext === 'json') {
    return new Response(JSON.stringify(rows, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
