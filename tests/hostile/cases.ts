/**
 * Bad seeds and what must happen to each. They are built from the real seeds with something
 * hostile or broken done to them, and run through the real command-line build.
 * `exit: 0` cases must build (and say what they noticed); `exit: 1` cases must stop with a message
 * naming the file, the line where it applies, and what to do.
 */
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js/cn2t';
import { gbkBytes } from '../../src/pipeline/repair/gbk.ts';
import type { SeedCase } from '../helpers/cli.ts';

const seedsDir = new URL('../../seeds/', import.meta.url).pathname;
const seed = (name: string) => readFileSync(`${seedsDir}${name}`, 'utf8');
const catalogEntry = (slug: string) => JSON.parse(readFileSync(`${seedsDir}catalog.json`, 'utf8')).documents.find((d: { slug: string }) => d.slug === slug);

const kunming = seed('kunming-2022.txt');
const kunmingEntry = catalogEntry('kunming-2022');

/** Text that MDX, JSX or HTML would interpret if it were not kept as text. */
export const HOSTILE_LINES = [
  '{目标值}',
  '<script>alert(1)</script>',
  "import x from 'y'",
  'export const a = 1',
  '`代码`与```三个反引号```',
  '<!-- 注释 -->',
  '&bogus;与&lt实体&gt（未知或缺分号的实体不还原）',
  '{/* 注释 */}',
  '<img src=x onerror=alert(2)>',
  '# 不是标题',
  '* 不是列表',
];

export interface HostileCase extends SeedCase {
  name: string;
  exit: 0 | 1;
  /** Patterns the output (stdout for builds, stderr for failures) must contain. */
  says: RegExp[];
}

const kunmingHostile = kunming.replace(
  '鼓励企业建立商业秘密保护制度。',
  `鼓励企业建立商业秘密保护制度。${HOSTILE_LINES.join('')}`,
).replace('\n(二)全面提升', `\n${HOSTILE_LINES.join('\n\n')}\n\n(二)全面提升`);

const bozhou = seed('bozhou-draft.txt');
/** Kunming in Traditional characters, encoded as Big5 (characters Big5 lacks become `?`). */
const kunmingHant = OpenCC.Converter({ from: 'cn', to: 'tw' })(kunming);
const big5 = (text: string) => Uint8Array.from([...text].flatMap((c) => big5Bytes.get(c) ?? (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : [0x3f])));
/** Big5 byte pairs of every character Big5 holds, read back from the decoder. */
const big5Bytes = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('big5');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (const trail of [...Array(0x3f).keys()].map((k) => 0x40 + k).concat([...Array(0x5f).keys()].map((k) => 0xa1 + k))) {
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail]);
    }
  }
  return map;
})();
const gbk = (text: string) => Uint8Array.from([...text].flatMap((c) => gbkBytes(c) ?? [0x3f]));
const entry = (file: string, extra: Record<string, unknown> = {}) => ({
  slug: file.replace(/\.txt$/, ''), city: '昆明', cityId: 'kunming', province: '云南', file, originalName: file, script: 'zh-Hans', ...extra,
});

export const HOSTILE_CASES: HostileCase[] = [
  {
    name: 'text that MDX or HTML would interpret',
    files: { 'kunming-hostile.txt': kunmingHostile },
    catalog: [{ ...kunmingEntry, slug: 'kunming-hostile', file: 'kunming-hostile.txt', sha256: undefined }],
    exit: 0,
    says: [/content: 1 plans, 9 tasks/],
  },
  { name: 'an empty file', files: { 'empty.txt': '' }, catalog: [entry('empty.txt')], exit: 1,
    says: [/\/empty\.txt error \[empty-file\] is empty\. Copy the full text/] },
  { name: 'a binary file', files: { 'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) },
    catalog: [entry('binary.txt')], exit: 1, says: [/\/binary\.txt:2:1 error \[binary-file\] holds a control byte 0x1a.*export the plan as a UTF-8 \.txt file/] },
  { name: 'a GBK file not declared as GBK', files: { 'gbk.txt': gbk(kunming) }, catalog: [entry('gbk.txt')], exit: 1,
    says: [/\/gbk\.txt:1:1 error \[not-utf8\].*declare "encoding": "gbk"/] },
  { name: 'a GBK file declared as GBK', files: { 'gbk.txt': gbk(kunming) }, catalog: [entry('gbk.txt', { encoding: 'gbk', webChrome: [{ from: 3, to: 4, what: '来源栏' }] })],
    exit: 0, says: [/content: 1 plans, 9 tasks/] },
  { name: 'a UTF-8 byte-order mark', files: { 'bom.txt': `\uFEFF${kunming}` }, catalog: [entry('bom.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })],
    exit: 0, says: [/content: 1 plans, 9 tasks/] },
  { name: 'CRLF line ends', files: { 'crlf.txt': kunming.replace(/\n/g, '\r\n') }, catalog: [entry('crlf.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })],
    exit: 0, says: [/content: 1 plans, 9 tasks/] },
  { name: 'a 5 MB file', files: { 'big.txt': bozhou + `\n${bozhou.slice(bozhou.indexOf('二、'))}`.repeat(Math.ceil(5_000_000 / Buffer.byteLength(bozhou))) },
    catalog: [entry('big.txt', { city: '亳州', cityId: 'bozhou', province: '安徽' })], exit: 0, says: [/numbering-gap/, /content: 1 plans/] },
  { name: 'a file with no recognisable structure', files: { 'prose.txt': '这是一段说明文字。\n没有编号，也没有章节。\n' },
    catalog: [entry('prose.txt')], exit: 0, says: [/\/prose\.txt:1:1 warning \[no-structure\]/, /\[no-tasks\]/] },
  { name: 'a duplicate slug', files: { 'a.txt': kunming, 'b.txt': kunming },
    catalog: [entry('a.txt', { slug: 'same' }), entry('b.txt', { slug: 'same' })], exit: 1,
    says: [/\/catalog\.json:\d+:\d+ error \[duplicate-slug\] slug "same" is used by a\.txt and b\.txt/] },
  { name: 'a file with no catalog entry', files: { 'a.txt': kunming, 'stray.txt': kunming }, catalog: [entry('a.txt')], exit: 1,
    says: [/\/stray\.txt:1:1 error \[missing-entry\] .*\/stray\.txt has no catalog entry\. Add an entry .* sha256 "[0-9a-f]{64}"/] },
  { name: 'a catalog entry with no file', files: { 'a.txt': kunming }, catalog: [entry('a.txt'), entry('ghost.txt')], exit: 1,
    says: [/\/catalog\.json:\d+:\d+ error \[missing-file\] entry "ghost" names .*\/ghost\.txt, which does not exist/] },
  { name: 'a sha256 mismatch', files: { 'a.txt': kunming }, catalog: [entry('a.txt', { sha256: 'f'.repeat(64) })], exit: 1,
    says: [/\/catalog\.json:\d+:\d+ error \[sha256-mismatch\] .*\/a\.txt has sha256 [0-9a-f]{64}, but the catalog pins f{64}/] },
  { name: 'an owner statement with unbalanced brackets', files: { 'a.txt': kunming.replace('市国资委按职责分工负责。)', '市国资委按职责分工负责。') },
    catalog: [entry('a.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })], exit: 0,
    says: [/\/a\.txt:39:\d+ warning \[unbalanced-brackets\] has a "\(" with no partner/] },
  { name: 'an owner list with an unknown separator', files: { 'a.txt': kunming.replace('(市市场监管局按职责分工负责。)', '(市市场监管局/市科技局按职责分工负责。)') },
    catalog: [entry('a.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })], exit: 0,
    says: [/\/a\.txt:51:\d+ warning \[owner-separator\] the unit list uses "\/" between names/] },
  // Tried harder: encodings the decoder must refuse, with the bytes found.
  ...([['CESU-8 surrogates', [0xed, 0xa0, 0x80]], ['an overlong form', [0xe0, 0x80, 0x80]], ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]]] as const)
    .map(([what, bytes]): HostileCase => ({
      name: `invalid UTF-8: ${what}`, files: { 'bad.txt': Uint8Array.from([...new TextEncoder().encode('方案\n第二行'), ...bytes, 0x0a]) },
      catalog: [entry('bad.txt')], exit: 1,
      says: [new RegExp(`/bad\\.txt:2:4 error \\[not-utf8\\] is not valid UTF-8 \\(bytes ${bytes.map((b) => b.toString(16).toUpperCase()).join(' ')}.*re-save the file from its source as UTF-8`)],
    })),
  { name: 'a control byte past the first 64 KiB', files: { 'late.txt': `${kunming}${'补充说明。\n'.repeat(7000)}尾\u0001部\n` },
    catalog: [entry('late.txt')], exit: 1, says: [/\/late\.txt:\d+:2 error \[binary-file\] holds a control byte 0x01/] },
  { name: 'a file of only zero-width characters', files: { 'zw.txt': '\u200b\u200d\u2060\n\u200b\n' }, catalog: [entry('zw.txt')], exit: 1,
    says: [/\/zw\.txt:1:1 error \[empty-file\] holds only invisible characters/] },
  { name: 'a file past the size limit', files: { 'huge.txt': new Uint8Array(20_000_001).fill(0x61) }, catalog: [entry('huge.txt')], exit: 1,
    says: [/\/huge\.txt error \[file-too-large\] is 20\.0 MB, past the limit of 20 MB/] },
  { name: 'a Big5 file declared as Big5', files: { 'big5.txt': big5(kunmingHant) }, catalog: [entry('big5.txt', { encoding: 'big5', script: 'zh-Hant', webChrome: [{ from: 3, to: 4, what: '来源栏' }] })],
    exit: 0, says: [/content: 1 plans, 9 tasks/] },
  { name: 'a Big5 file declared as nothing', files: { 'big5.txt': big5(kunmingHant) }, catalog: [entry('big5.txt', { script: 'zh-Hant' })], exit: 1,
    says: [/\[not-utf8\].*It decodes as BIG5: declare "encoding": "big5"/] },
  { name: 'a zero-width joiner inside a unit name', files: { 'zwj.txt': kunming.replace('(市市场监管局按职责分工负责。)', '(市市场监\u200d管局按职责分工负责。)') },
    catalog: [entry('zwj.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })], exit: 0,
    says: [/warning \[invisible-in-name\]/, /content: 1 plans, 9 tasks, 22 departments/] },
  { name: 'two cities under one city id', files: { 'a.txt': kunming, 'b.txt': kunming.replace(/昆明/g, '武汉') },
    catalog: [entry('a.txt'), entry('b.txt', { city: '武汉', province: '湖北' })], exit: 1,
    says: [/\/catalog\.json:\d+:\d+ error \[city-id-clash\] city id "kunming" names 武汉 here and 昆明 at line \d+/] },
  { name: 'stray numbering inside a task', files: { 'stray.txt': kunming.replace('\n(二)全面提升', '\n1.1.1 细则一\n1.1.2 细则二\n1.2 细则三\n\n(二)全面提升') },
    catalog: [entry('stray.txt', { webChrome: [{ from: 3, to: 4, what: '来源栏' }] })], exit: 0, says: [/content: 1 plans, 9 tasks/] },
];
