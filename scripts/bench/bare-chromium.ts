/**
 * Chromium driven over the DevTools protocol with nothing listening to its network: no domain is
 * enabled but Page and Runtime, so a page's requests cost what they cost a reader's browser.
 * Playwright, which the tests use, records every request of every page; on this benchmark's
 * 2-core machine that tripled the cost of a small fetch (six parallel 1 KB fetches from localhost:
 * 25–50 ms under Playwright, about 9 ms here). Timings are taken here; bytes, which need the
 * requests recorded, are taken under Playwright (search-cost.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/helpers/browser.ts';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface BarePage {
  /** Evaluates an expression in the page, awaiting a promise, and returns its value. */
  evaluate: (expression: string) => Promise<unknown>;
  /** Runs `script` in every document the page loads, before the page's own scripts. */
  addInitScript: (script: string) => Promise<void>;
  goto: (url: string) => Promise<void>;
  /**
   * Seconds the page's main thread has spent on tasks so far (the DevTools protocol's
   * `TaskDuration`, in thread CPU time where Chromium offers it): the difference around an action
   * is the main-thread CPU it cost, which a loaded machine inflates less than wall time.
   */
  mainThreadSeconds: () => Promise<number>;
  close: () => Promise<void>;
}

export interface BareChromium {
  /** A page in a browser context of its own: no cache, storage or connections shared. */
  newPage: () => Promise<BarePage>;
  close: () => Promise<void>;
}

/**
 * @example const chromium = await launchBareChromium(); const page = await chromium.newPage(); await page.goto(url);
 */
export async function launchBareChromium(): Promise<BareChromium> {
  const child: ChildProcess = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-pipe', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const input = child.stdio[3] as Writable;
  const output = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-2000); });
  const pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void; method: string }>();
  let buffer = '';
  output.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const reply = JSON.parse(buffer.slice(0, end)) as Reply;
      buffer = buffer.slice(end + 1);
      const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!waiting) continue;
      pending.delete(reply.id!);
      if (reply.error) waiting.reject(new Error(`Chromium refused ${waiting.method}: ${reply.error.message}`));
      else waiting.resolve(reply.result ?? {});
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const { reject, method } of pending.values()) reject(new Error(`Chromium (${CHROMIUM}) exited while answering ${method}:\n${stderr}`));
    pending.clear();
  });
  let nextId = 0;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
    const id = ++nextId;
    pending.set(id, { resolve, reject, method });
    input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
  });

  return {
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext') as { browserContextId: string };
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId }) as { targetId: string };
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true }) as { sessionId: string };
      await send('Page.enable', {}, sessionId);
      await send('Performance.enable', { timeDomain: 'threadTicks' }, sessionId).catch(() => send('Performance.enable', {}, sessionId));
      const evaluate = async (expression: string) => {
        const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId) as {
          result: { value?: unknown }; exceptionDetails?: { text: string; exception?: { description?: string } };
        };
        if (exceptionDetails) throw new Error(`the page threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        return result.value;
      };
      return {
        evaluate,
        async addInitScript(script) {
          await send('Page.addScriptToEvaluateOnNewDocument', { source: script }, sessionId);
        },
        async goto(url) {
          const { errorText } = await send('Page.navigate', { url }, sessionId) as { errorText?: string };
          if (errorText) throw new Error(`Chromium could not open ${url}: ${errorText}`);
          // Page.navigate may answer before the new document replaces the old one: wait for it.
          const href = JSON.stringify(new URL(url).href);
          for (let tries = 0; (await evaluate(`location.href === ${href}`)) !== true; tries++) {
            if (tries > 500) throw new Error(`Chromium did not open ${url} within 5 s.`);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        },
        async mainThreadSeconds() {
          const { metrics } = await send('Performance.getMetrics', {}, sessionId) as { metrics: { name: string; value: number }[] };
          const task = metrics.find((m) => m.name === 'TaskDuration');
          if (!task) throw new Error('Chromium reported no TaskDuration metric; the main-thread CPU of a query cannot be read.');
          return task.value;
        },
        async close() {
          await send('Target.disposeBrowserContext', { browserContextId });
        },
      };
    },
    async close() {
      if (child.exitCode === null) {
        child.kill();
        await exited;
      }
    },
  };
}
