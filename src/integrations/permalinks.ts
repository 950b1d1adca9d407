/**
 * Astro integration: after the build, writes a redirect page at every moved page's old address and
 * a `_redirects` file, from src/permalinks/moved.txt. A move whose target was not built fails the build.
 * The moves are those of the project's own library: a library built from other seeds (CONTENT_DIR
 * elsewhere, as tests and benchmarks build them) never published the old addresses.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseMoves, redirectPage, redirectsFile } from '../permalinks/redirects.ts';
import { contentDir } from '../lib/content-dir.ts';

export const MOVED_FILE = 'src/permalinks/moved.txt';

function pageFile(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/** The moves file when the build is of the project's own content (content/), else none. */
export function ownMovedFile(): string | undefined {
  return contentDir() === resolve(process.cwd(), 'content') ? MOVED_FILE : undefined;
}

export function permalinks(movedFile: string | undefined = ownMovedFile()): AstroIntegration {
  return {
    name: 'zhengceku:permalinks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const moves = movedFile && existsSync(movedFile) ? parseMoves(readFileSync(movedFile, 'utf8'), movedFile) : [];
        for (const move of moves) {
          const target = move.to.split('#')[0];
          if (!existsSync(pageFile(dist, target))) {
            throw new Error(`${movedFile}:${move.line}: ${move.from} moves to ${move.to}, but the build has no page at ${target}. Point the move at a page that exists.`);
          }
          if (move.from.includes('#')) continue;
          const file = pageFile(dist, move.from);
          if (existsSync(file)) {
            throw new Error(`${movedFile}:${move.line}: ${move.from} is declared moved, but the build still has a page there. Remove the move or the page.`);
          }
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, redirectPage(move.to));
        }
        writeFileSync(join(dist, '_redirects'), redirectsFile(moves));
        logger.info(movedFile ? `${moves.length} moved URLs: redirect pages and _redirects written` : 'a library of other seeds: none of the project’s moved URLs apply');
      },
    },
  };
}
