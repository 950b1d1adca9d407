/**
 * Headers a host can send, and a page policy that lists only what the page holds. Astro's CSP
 * `<meta>` names a hash for every inline script and style it might emit; once the site is built,
 * each page keeps only the hashes of the scripts and styles it has. A `<meta>` policy cannot say
 * `frame-ancestors`, so the build also writes `_headers` (read by hosts such as Netlify and
 * Cloudflare Pages) with the policy, `frame-ancestors 'none'`, `X-Content-Type-Options: nosniff`
 * and a `Referrer-Policy`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from '../security/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every HTML file under a folder. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * A page's policy with only the hashes of the inline scripts and styles it holds.
 * @example prunePolicy(html) // { html: '…script-src \'self\' \'sha256-…\'…', scripts: Set(1), styles: Set(0) }
 */
export function prunePolicy(html: string): { html: string; scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set([...html.matchAll(INLINE_SCRIPT)].map((m) => hash(m[1])));
  const styles = new Set([...html.matchAll(INLINE_STYLE)].map((m) => hash(m[1])));
  const meta = META.exec(html);
  if (!meta) return { html, scripts, styles };
  const policy = meta[1].split(';').map((d) => d.trim()).filter(Boolean).map((directive) => {
    const [name, ...sources] = directive.split(/\s+/);
    const keep = name === 'script-src' ? scripts : name === 'style-src' ? styles : undefined;
    if (!keep) return directive;
    return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s))].join(' ');
  }).join('; ');
  return { html: html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`), scripts, styles };
}

/** The `_headers` file: the policy with every hash the site uses, and the headers a meta tag cannot set. */
export function headersFile(scripts: ReadonlySet<string>, styles: ReadonlySet<string>): string {
  const policy = [
    ...CSP_DIRECTIVES,
    `script-src ${[...CSP_SCRIPT_SOURCES, ...[...scripts].sort()].join(' ')}`,
    `style-src ${[...CSP_STYLE_SOURCES, ...[...styles].sort()].join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
  return ['/*', `  Content-Security-Policy: ${policy}`, '  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin', ''].join('\n');
}

/** Prunes each page's policy and writes `_headers`, after every page (redirect pages too) is written. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'zhengceku:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const file of htmlFiles(dist)) {
          const before = readFileSync(file, 'utf8');
          const pruned = prunePolicy(before);
          pruned.scripts.forEach((s) => scripts.add(s));
          pruned.styles.forEach((s) => styles.add(s));
          if (pruned.html !== before) writeFileSync(file, pruned.html);
        }
        writeFileSync(join(dist, '_headers'), headersFile(scripts, styles));
        logger.info(`page policies list only their own hashes; _headers written (${scripts.size} script and ${styles.size} style hashes)`);
      },
    },
  };
}
