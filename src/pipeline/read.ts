/**
 * Stage 1, read: bytes → numbered lines. A file that cannot be read as text (empty, binary,
 * not in its declared encoding) stops the build with a message naming the place and the fix.
 */
import type { CatalogEntry, Repair } from './model.ts';
import { MessageLog } from './messages.ts';
import type { CatalogedSeed } from './catalog.ts';
import { code, type RepairKind } from './repair/rule.ts';
import { decodesAs, detectEncoding } from './encoding.ts';

/** What reading normalises, as the repairs page explains it; each is recorded at line 1. */
export const encodingRepair: RepairKind = {
  kind: 'encoding',
  label: '编码与换行',
  description: ['来源文件一律读作 UTF-8，并去掉文件开头的字节顺序标记（', code('U+FEFF'), '），把回车换行（', code('CRLF'), '）统一为换行（', code('LF'), '）；目录声明为 GBK、GB18030 或 Big5 编码的文件按所声明的编码解码。'],
};

/** One line of a source, numbered as in the file received. */
export interface SourceLine {
  number: number;
  text: string;
}

/** A decoded seed: its lines and what decoding had to normalise. */
export interface SourceText {
  doc: string;
  file: string;
  entry: CatalogEntry;
  lines: SourceLine[];
  repairs: Repair[];
  log: MessageLog;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
/** The largest seed file read: a plan is a few hundred kilobytes; a larger file is refused. */
export const MAX_BYTES = 20_000_000;

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    // The second byte's range rules out overlong forms (E0 80 80), surrogates (ED A0 80, as CESU-8
    // writes them) and code points past U+10FFFF (F4 90 80 80), as the Unicode standard's table 3-7 does.
    const second = bytes[i + 1];
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column of a byte offset. */
/** Line and column (in characters, as an editor counts them) of a byte offset. */
function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...new TextDecoder().decode(bytes.subarray(lineStart, offset))].length + 1 };
}

function looksBinary(bytes: Uint8Array): number {
  // The whole file: a control byte deep inside is as wrong as one at the start.
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) return i;
  }
  return -1;
}


/**
 * Decodes a seed into lines, normalising a byte-order mark and CR/CRLF line ends (recorded).
 * @example read(seed).lines[0] // { number: 1, text: '亳州市知识产权强市建设实施方案' }
 */
export function read(seed: CatalogedSeed): SourceText {
  const { entry, bytes, file } = seed;
  const log = new MessageLog(file);
  if (bytes.length === 0) {
    log.fail('empty-file', 0, 0, 'is empty.', 'Copy the full text of the plan into the file.');
  }
  if (bytes.length > MAX_BYTES) {
    log.fail('file-too-large', 0, 0, `is ${(bytes.length / 1e6).toFixed(1)} MB, past the limit of ${MAX_BYTES / 1e6} MB for one plan.`,
      'A plan is a few hundred kilobytes of text: check that this is the plan, and not an export with images or many documents.');
  }
  const control = looksBinary(bytes);
  if (control >= 0) {
    const { line, column } = placeOf(bytes, control);
    log.fail('binary-file', line, column,
      `holds a control byte 0x${bytes[control].toString(16).padStart(2, '0')}: this is not a text file.`,
      'Seeds are plain text: export the plan as a UTF-8 .txt file.');
  }
  let text: string;
  if (entry.encoding !== 'utf-8') {
    const name = entry.encoding.toUpperCase();
    if (!decodesAs(bytes, entry.encoding)) {
      const actual = detectEncoding(bytes);
      log.fail('bad-encoding', 1, 1, `is declared ${name} but does not decode as ${name}.`,
        actual ? `It decodes as ${actual.toUpperCase()}: declare "encoding": "${actual}" in its catalog entry.` : 'Check the "encoding" of its catalog entry.');
    }
    text = new TextDecoder(entry.encoding).decode(bytes);
  } else {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      const { line, column } = placeOf(bytes, bad);
      // A file that is UTF-8 up to the bad bytes (it has read characters past ASCII) is damaged
      // UTF-8, not another encoding: advice to declare GBK would make it mojibake.
      const utf8Before = bytes.subarray(0, bad).some((b) => b >= 0x80);
      const actual = utf8Before ? undefined : detectEncoding(bytes);
      const found = [...bytes.subarray(bad, Math.min(bad + 4, bytes.length))].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      log.fail('not-utf8', line, column,
        `is not valid UTF-8 (bytes ${found} at byte ${bad}).`,
        utf8Before
          ? 'The file is UTF-8 up to here, and these bytes are no character (a surrogate, an overlong form or a code point past U+10FFFF): re-save the file from its source as UTF-8.'
          : actual && actual !== 'utf-8'
            ? `It decodes as ${actual.toUpperCase()}: declare "encoding": "${actual}" in its catalog entry, or convert it with \`iconv -f ${actual.toUpperCase()} -t UTF-8\`.`
            : 'Re-save the file as UTF-8.');
    }
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }

  const repairs: Repair[] = [];
  const record = (before: string, after: string, note: string) =>
    repairs.push({ doc: entry.slug, line: 1, column: 1, kind: 'encoding', before, after, note });
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    record('U+FEFF', '', '去掉文件开头的字节顺序标记。');
  }
  if (/\r/.test(text)) {
    const count = (text.match(/\r\n?/g) ?? []).length;
    text = text.replace(/\r\n?/g, '\n');
    record('CRLF', 'LF', `把 ${count} 处回车换行统一为换行。`);
  }
  if (entry.encoding !== 'utf-8') record(entry.encoding.toUpperCase(), 'UTF-8', `按目录的声明以 ${entry.encoding.toUpperCase()} 解码。`);
  if (text.trim() === '') {
    log.fail('empty-file', 1, 1, 'holds only white space.', 'Copy the full text of the plan into the file.');
  }
  if (text.replace(/[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '') === '') {
    log.fail('empty-file', 1, 1, 'holds only invisible characters (zero-width spaces, joiners or direction marks), no text.',
      'Copy the full text of the plan into the file.');
  }
  const lines = text.split('\n').map((t, i) => ({ number: i + 1, text: t }));
  if (lines.length > 1 && lines.at(-1)!.text === '') lines.pop();
  return { doc: entry.slug, file, entry, lines, repairs, log };
}
