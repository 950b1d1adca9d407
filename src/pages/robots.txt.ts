/**
 * `/robots.txt`: every page may be crawled, and the sitemap is named by its absolute address
 * (robots.txt allows no other), from SITE_URL.
 */
import type { APIRoute } from 'astro';
import { SITEMAP_FILE } from '../integrations/sitemap-file.ts';
import { absoluteUrl } from '../lib/site-url.ts';

/** @example GET() // 'User-agent: *\nAllow: /\n\nSitemap: http://127.0.0.1:4321/sitemap.xml\n' */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(`/${SITEMAP_FILE}`)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
