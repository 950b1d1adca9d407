/**
 * JSON written to a file in pieces: the same text as `JSON.stringify(value)`, without ever making
 * the whole of it one string. A model of a million outline nodes is hundreds of megabytes of
 * JSON; held as one string (and once more as its UTF-8 bytes) it set the build's peak memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** How many objects and arrays a value may hold to be written by one `JSON.stringify` call. */
const ONE_CALL = 2000;

/** What is left of `budget` after counting the objects and arrays in `value`; negative once spent. */
function spend(value: object, budget: number): number {
  let left = budget - 1;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'object' && v !== null) {
      left = spend(v, left);
      if (left < 0) return left;
    }
  }
  return left;
}

/**
 * Writes `value` as JSON to `write`, object by object.
 * @example let s = ''; writeJson({ a: [1, { b: 2 }] }, (c) => { s += c; }); // s === '{"a":[1,{"b":2}]}'
 */
export function writeJson(value: unknown, write: (chunk: string) => void): void {
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function' || spend(value, ONE_CALL) >= 0) {
    // undefined, functions and symbols are written as JSON.stringify writes them inside an array.
    write(JSON.stringify(value) ?? 'null');
    return;
  }
  if (Array.isArray(value)) {
    write('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) write(',');
      writeJson(value[i], write);
    }
    write(']');
    return;
  }
  write('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    write(`${first ? '' : ','}${JSON.stringify(key)}:`);
    writeJson(v, write);
    first = false;
  }
  write('}');
}

/**
 * Writes to the file at `path` what `produce` gives, in pieces of about a megabyte, so that a
 * long output is never one string.
 */
export function writeInPieces(path: string, produce: (write: (chunk: string) => void) => void): void {
  const fd = openSync(path, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    produce((chunk) => {
      pending.push(chunk);
      size += chunk.length;
      if (size > 1 << 20) {
        writeSync(fd, pending.join(''));
        pending = [];
        size = 0;
      }
    });
    writeSync(fd, pending.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Writes `value` as JSON to the file at `path`, in pieces. */
export function writeJsonFile(path: string, value: unknown): void {
  writeInPieces(path, (write) => writeJson(value, write));
}
