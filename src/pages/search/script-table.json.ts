/**
 * The Traditional → Simplified table of the search page (`/search/script-table.json`,
 * SCRIPT_TABLE_FILE): a JSON string of character pairs, Traditional then Simplified, for every
 * record the search index holds (script-table.ts). Fetched only when a query or a result needs it.
 */
import type { APIRoute } from 'astro';
import { loadModel } from '../../lib/model.ts';
import { modelSimplifiedPairs } from '../../search/script-table.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(modelSimplifiedPairs(loadModel())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
