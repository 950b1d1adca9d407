/**
 * Moved URLs. Every URL the site has published stays in src/permalinks/urls.txt for good; when
 * one moves, src/permalinks/moved.txt says where (`old new` per line). A moved page gets a static
 * redirect page (meta refresh and rel=canonical, for any host) and a line in `_redirects` (for
 * hosts that read one); a moved anchor keeps an empty element with its old id beside the new one.
 */
import { cspString } from '../security/csp.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export interface Move {
  from: string;
  to: string;
  line: number;
}

/**
 * Reads moved.txt: `old new` per line, `#` starts a comment line.
 * @example parseMoves('/a/ /b/\n') // [{ from: '/a/', to: '/b/', line: 1 }]
 */
export function parseMoves(text: string, file = 'src/permalinks/moved.txt'): Move[] {
  const moves: Move[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split(/\s+/);
    if (parts.length !== 2 || !parts.every((p) => p.startsWith('/'))) {
      throw new Error(`${file}:${i + 1}: expected "old-url new-url" (two site paths starting with /), found "${line}".`);
    }
    moves.push({ from: parts[0], to: parts[1], line: i + 1 });
  });
  return moves;
}

/** Reads urls.txt: one site path per line, `#` starts a comment line. */
export function parseManifest(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The static page left at a moved page's old address; its canonical link is the new page's public
 * address (SITE_URL), which search engines take as the page to keep.
 * @example redirectPage('/policies/b/') // '<!doctype html>…<meta http-equiv="refresh" content="0; url=/policies/b/">…<link rel="canonical" href="http://127.0.0.1:4321/policies/b/">…'
 */
export function redirectPage(to: string): string {
  const href = escape(to);
  const canonical = escape(absoluteUrl(to));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escape(cspString())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<link rel="canonical" href="${canonical}">
<title>页面已移动 · 政策库</title>
</head>
<body>
<main id="main"><h1>页面已移动</h1><p>本页已移至 <a href="${href}">${href}</a>，请更新您的链接。</p></main>
</body>
</html>
`;
}

/** The `_redirects` file for the page moves (anchors cannot be redirected by a host). */
export function redirectsFile(moves: readonly Move[]): string {
  return moves.filter((m) => !m.from.includes('#')).map((m) => `${m.from} ${m.to} 301`).join('\n') + '\n';
}

/** Old anchors of one page that moved to another id on the same page: new id → old ids. */
export function anchorAliases(moves: readonly Move[], page: string): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const m of moves) {
    const [fromPage, fromId] = m.from.split('#');
    const [toPage, toId] = m.to.split('#');
    if (fromId && toId && fromPage === page && toPage === page) aliases.set(toId, [...(aliases.get(toId) ?? []), fromId]);
  }
  return aliases;
}
