/**
 * The Content-Security-Policy of every page: only the site's own scripts and styles (Astro adds
 * hashes for those it inlines); Pagefind's WebAssembly needs 'wasm-unsafe-eval'; nothing is
 * loaded from another host.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

/** The policy as one string, for pages Astro does not render (redirect pages). */
export function cspString(): string {
  return [...CSP_DIRECTIVES, `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`, `style-src ${CSP_STYLE_SOURCES.join(' ')}`].join('; ');
}
