/**
 * The plan collection's loader renders a plan's MDX to HTML only when the plan or the renderer
 * changed: its digest covers the MDX and RENDERER_INPUTS (the loader, src/render/mdx-html.ts, the
 * lockfile). The incremental build keys plan pages by that digest, so a renderer change that the
 * digest missed would leave old HTML on restored pages. Runs the loader on two real plans under a
 * project root of its own.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildContent, ROOT } from '../helpers/cli.ts';
import { planLoader, RENDERER_INPUTS } from '../../src/lib/plan-loader.ts';
import { scratchDir } from '../helpers/scratch.ts';

interface Entry { id: string; data: Record<string, unknown>; digest?: string }

const content = buildContent(join(ROOT, 'seeds'));
const root = scratchDir('loader-root-');
mkdirSync(join(root, 'plans'));
for (const file of ['bozhou-draft.mdx', 'wuhan-2018.mdx']) copyFileSync(join(content.out, 'policies', file), join(root, 'plans', file));
for (const file of RENDERER_INPUTS) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  copyFileSync(join(ROOT, file), join(root, file));
}

/** Appends to one of the root's files, as an edit would. */
function touch(file: string): void {
  writeFileSync(join(root, file), `${readFileSync(join(root, file), 'utf8')}\n`);
}

const entries = new Map<string, Entry>();
const store = {
  get: (id: string) => entries.get(id),
  set: (entry: Entry) => entries.set(entry.id, entry),
  keys: () => entries.keys(),
  delete: (id: string) => entries.delete(id),
};

/** One load, as Astro's content layer calls it; returns the loader's summary line. */
async function load(): Promise<string> {
  const lines: string[] = [];
  const context = {
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    logger: { info: (line: string) => lines.push(line) },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, 'cache/')) },
  };
  await planLoader(join(root, 'plans')).load(context as never);
  return lines.join('\n');
}

describe('the plan loader', () => {
  it('renders each plan once, then again after its MDX or the renderer changes', async () => {
    expect(content.status, content.stderr).toBe(0);
    expect(await load()).toContain('2 plan pages, 2 rendered from MDX, 0 unchanged');
    const html = readFileSync(String(entries.get('wuhan-2018')?.data.html), 'utf8');
    expect(html).toContain('武汉');
    expect(await load()).toContain('0 rendered from MDX, 2 unchanged');

    const before = String(entries.get('bozhou-draft')?.data.html);
    touch('plans/bozhou-draft.mdx');
    expect(await load()).toContain('1 rendered from MDX, 1 unchanged');
    const after = String(entries.get('bozhou-draft')?.data.html);
    expect(after).not.toBe(before);
    expect(existsSync(after)).toBe(true);
    expect(existsSync(before)).toBe(false);
    expect(readdirSync(dirname(after)).filter((f) => f.startsWith('bozhou-draft.'))).toHaveLength(1);

    for (const file of RENDERER_INPUTS) {
      touch(file);
      expect(await load(), file).toContain('2 rendered from MDX, 0 unchanged');
    }
  });

  it('is given every local module that shapes the HTML: the renderer imports packages only', () => {
    const imports = [...readFileSync(join(ROOT, 'src/render/mdx-html.ts'), 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((from) => from.startsWith('.'))).toEqual([]);
  });
});
