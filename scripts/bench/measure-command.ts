/**
 * Runs one build stage as a child process under GNU time and reports what it cost: wall and
 * CPU seconds and the peak resident set of the largest process it ran (wait4's ru_maxrss covers
 * the child and every descendant it waited for). Output goes to a log file, for reading later.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';

export interface StageCost {
  wallSeconds: number;
  /** User plus system CPU seconds of the stage and its children. */
  cpuSeconds: number;
  /** Peak resident set size of the largest process, in bytes. */
  peakRssBytes: number;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs `command args…` with `env` added, writing its output to `logFile`; throws, naming the
 * log, when it fails.
 * @example measureCommand(process.execPath, ['scripts/build-content.ts'], {}, '.bench/n-4/content.log') // { wallSeconds: 1.9, cpuSeconds: 2.3, peakRssBytes: 181_000_000 }
 */
export function measureCommand(command: string, args: readonly string[], env: Record<string, string>, logFile: string): StageCost {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} is missing: the benchmark reads CPU time and peak memory from GNU time. Install it (apt-get install -y time) and run again.`);
  }
  const timeFile = `${logFile}.time`;
  const log = openSync(logFile, 'w');
  const started = performance.now();
  const result = spawnSync(GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args], {
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  const wallSeconds = (performance.now() - started) / 1000;
  closeSync(log);
  if (result.error) throw new Error(`${command} could not be started: ${result.error.message}`);
  // GNU time writes "Command exited with non-zero status N" before its line when the command fails.
  const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
  rmSync(timeFile);
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (${lines[0]}${result.signal ? `, signal ${result.signal}` : ''}); its output is in ${logFile}.`);
  }
  const [, user, system, maxKb] = lines.at(-1)!.split(' ').map(Number);
  return { wallSeconds, cpuSeconds: user + system, peakRssBytes: maxKb * 1024 };
}
