/**
 * Runs one build stage as a child process under GNU time and reports what it cost: wall and
 * CPU seconds and the peak resident set of the largest process it ran. GNU time sees only the
 * descendants that were waited for; Pagefind's indexer is killed by its Node wrapper and may
 * never be, so every process under the stage is also sampled from /proc while it runs, and each
 * figure is the larger of the two. Output goes to a log file, for reading later.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';

export interface StageCost {
  wallSeconds: number;
  /** User plus system CPU seconds of the stage and its children. */
  cpuSeconds: number;
  /** Peak resident set size of the largest process, in bytes. */
  peakRssBytes: number;
  /** Peak resident set size by program name (`node`, `pagefind_extended`…), as sampled from /proc. */
  peakRssByProgram?: Record<string, number>;
}

const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 200;
const TICKS_PER_SECOND = 100;
const PAGE_BYTES = 4096;

interface ProcSample {
  /** The program's name, as /proc/<pid>/stat gives it (Node's main thread reports `MainThread`: counted as `node`). */
  program: string;
  ppid: number;
  /** User plus system CPU, in clock ticks. */
  cpuTicks: number;
  rssBytes: number;
}

/** ppid, CPU and resident set of a process from /proc/<pid>/stat, or undefined once it is gone. */
function readProc(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may hold spaces: fields are counted after its closing bracket.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    return { program: name === 'MainThread' ? 'node' : name, ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssBytes: Number(fields[21]) * PAGE_BYTES };
  } catch {
    return undefined;
  }
}

/** Every live process under `root`, root included. */
function processTree(root: number): Map<number, ProcSample> {
  const all = new Map<number, ProcSample>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const sample = readProc(Number(name));
    if (sample) all.set(Number(name), sample);
  }
  const tree = new Map<number, ProcSample>();
  const walk = (pid: number) => {
    const own = all.get(pid);
    if (!own || tree.has(pid)) return;
    tree.set(pid, own);
    for (const [child, sample] of all) if (sample.ppid === pid) walk(child);
  };
  walk(root);
  return tree;
}

/**
 * Runs `command args…` with `env` added, writing its output to `logFile`; throws, naming the
 * log, when it fails.
 * @example await measureCommand(process.execPath, ['scripts/build-content.ts'], {}, '.bench/n-4/content.log') // { wallSeconds: 1.9, cpuSeconds: 2.3, peakRssBytes: 181_000_000 }
 */
export async function measureCommand(command: string, args: readonly string[], env: Record<string, string>, logFile: string): Promise<StageCost> {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} is missing: the benchmark reads CPU time and peak memory from GNU time. Install it (apt-get install -y time) and run again.`);
  }
  const timeFile = `${logFile}.time`;
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args], {
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  // The last CPU seen per process, and the largest resident set seen in any one process of each program.
  const lastCpu = new Map<number, number>();
  const byProgram: Record<string, number> = {};
  const sample = () => {
    if (child.pid === undefined) return;
    for (const [pid, s] of processTree(child.pid)) {
      lastCpu.set(pid, s.cpuTicks);
      if (s.program !== 'time') byProgram[s.program] = Math.max(byProgram[s.program] ?? 0, s.rssBytes);
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, sig) => resolve([code, sig]));
  }).catch((error: Error) => {
    throw new Error(`${command} could not be started: ${error.message}`);
  }).finally(() => clearInterval(timer));
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(log);
  // GNU time writes "Command exited with non-zero status N" before its line when the command fails.
  const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
  rmSync(timeFile);
  if (status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (${lines[0]}${signal ? `, signal ${signal}` : ''}); its output is in ${logFile}.`);
  }
  const [, user, system, maxKb] = lines.at(-1)!.split(' ').map(Number);
  const sampledCpu = [...lastCpu.values()].reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
  return { wallSeconds, cpuSeconds: Math.max(user + system, sampledCpu), peakRssBytes: Math.max(maxKb * 1024, ...Object.values(byProgram)), peakRssByProgram: byProgram };
}
