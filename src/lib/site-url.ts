/**
 * The site's public address: what a memo, a printout or a search engine should point at. It is
 * SITE_URL when set (`SITE_URL=https://zhengceku.example.gov.cn/ npm run build`), else the address
 * `npm start` serves the site on. astro.config's `site` and every absolute URL a page shows
 * (canonical link, copied link, citations, the print foot, robots.txt, the sitemap) come from here.
 */

/** Where `npm start` (astro preview) serves the built site. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/**
 * A SITE_URL value as the origin every page's address is resolved against, with one trailing slash.
 * The site links its pages from the root of its host, so an address with a path is refused.
 * @example siteUrlOf('https://example.org') // 'https://example.org/'
 */
export function siteUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute address. Set it to the site's public origin, such as https://zhengceku.example.gov.cn/.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// or http://.`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL "${value}" has more than an origin. The site is served from the root of its host: set SITE_URL to ${url.origin}/.`);
  }
  return `${url.origin}/`;
}

/**
 * The public origin of this build: SITE_URL, else DEFAULT_SITE_URL.
 * @example siteUrl() // 'http://127.0.0.1:4321/'
 */
export function siteUrl(): string {
  return siteUrlOf(process.env.SITE_URL || DEFAULT_SITE_URL);
}

/**
 * A site path as the absolute URL a reader outside the site can follow.
 * @example absoluteUrl('/policies/wuhan-2018/3-1-1/') // 'http://127.0.0.1:4321/policies/wuhan-2018/3-1-1/'
 */
export function absoluteUrl(path: string): string {
  if (!path.startsWith('/')) throw new Error(`absoluteUrl expects a site path starting with /, got "${path}".`);
  return new URL(path, siteUrl()).href;
}
