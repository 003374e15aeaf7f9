// Inputs: files, folders (recursive, by extension), quoted glob patterns, "-" for standard input, and
// JSON Lines records. Each input is read when its turn comes; a failure is reported for that input alone.
import { createReadStream } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { decodeBytes } from '../decode/decode.js';
import { reasonOf } from './reason.js';

// tinyglobby (with picomatch, a fifth of the bundle) is set up only for a path with a glob character: most runs
// name files and folders, and a one-article run should not pay for it.
const GLOB_CHARS = /[*?[\]{}()!+@]/;
let globbing: Promise<typeof import('tinyglobby')> | null = null;
const tinyglobby = () => (globbing ??= import('tinyglobby'));

export { reasonOf } from './reason.js';

/** One article to process, or one input that failed before it could become one. */
export type Article =
  | { kind: 'article'; label: string; labelKey: 'file' | 'id'; text: string; date: string | null; warnings: string[] }
  | { kind: 'failure'; label: string; reason: string };

/** One expanded input: a file (or standard input) to read, or a path that gave nothing to read. */
export type Expanded = { path: string } | { failure: string; reason: string };

export const STDIN = '-';

/**
 * Expands the command-line paths into files, in the order given; folders and globs in sorted order. Links to
 * folders are not followed, below a folder or a pattern's fixed part, so a link loop cannot repeat files.
 */
export async function* expandPaths(paths: string[], extensions: string[]): AsyncGenerator<Expanded> {
  for (const p of paths) {
    if (p === STDIN) { yield { path: p }; continue; }
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      const files = await walk(p, extensions);
      if (!files.length) yield { failure: p, reason: `folder has no files ending in ${extensions.map((e) => `.${e}`).join(', ')}` };
      for (const f of files) yield { path: f };
    } else if (info) {
      yield { path: p };
    } else if (GLOB_CHARS.test(p) && (await tinyglobby()).isDynamicPattern(p)) {
      const files = await expandGlob(p);
      if (!files.length) yield { failure: p, reason: 'no files match this pattern' };
      for (const f of files) yield { path: f };
    } else {
      yield { failure: p, reason: 'no such file or folder' };
    }
  }
}

/** Files below a folder with one of the extensions, depth first in name order; links to folders are not followed. */
async function walk(dir: string, extensions: string[]): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full, extensions)));
    else if ((e.isFile() || e.isSymbolicLink()) && extensions.some((x) => e.name.toLowerCase().endsWith(`.${x}`))) {
      // A link to a file is read; a link to a folder is left alone; a broken or looping link is kept, so that
      // reading it reports why.
      if (e.isSymbolicLink() && (await stat(full).then((s) => s.isDirectory(), () => false))) continue;
      out.push(full);
    }
  }
  return out;
}

/**
 * The files a pattern matches, sorted, named from the pattern's fixed part ("news/2026-*\/*.txt" gives
 * "news/2026-03/a.txt"). A match reached through a link to a folder below the fixed part is left out, as the
 * folder walk does: tinyglobby follows such links (once round a loop), which would repeat files.
 */
async function expandGlob(pattern: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await tinyglobby();
  const segments = pattern.split('/');
  let fixed = 0;
  while (fixed < segments.length - 1 && !isDynamicPattern(segments[fixed])) fixed++;
  const base = segments.slice(0, fixed).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const rest = segments.slice(fixed).join('/');
  const matches = await glob(rest, { cwd: base, onlyFiles: true, dot: false });
  const linked = new Map<string, Promise<boolean>>();
  const throughLink = (dir: string): Promise<boolean> => {
    if (dir === '.' || dir === '') return Promise.resolve(false);
    let known = linked.get(dir);
    if (!known) {
      known = lstat(join(base, dir)).then((s) => s.isSymbolicLink(), () => false).then((l) => l || throughLink(dirname(dir)));
      linked.set(dir, known);
    }
    return known;
  };
  const kept: string[] = [];
  for (const m of matches) if (!(await throughLink(dirname(m)))) kept.push(join(base, m));
  return kept.sort();
}

/** The size limit's message: "50.0 MB is more than --max-size 1 MB; not read". */
export const tooLarge = (bytes: number, maxBytes: number) => `${(bytes / 1e6).toFixed(1)} MB is more than --max-size ${maxBytes / 1e6} MB; not read`;

/** The bytes of a stream up to maxBytes; past that, the rest is read and dropped (counted in size), and data is null. */
async function readCapped(input: Readable, maxBytes: number): Promise<{ data: Buffer | null; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= maxBytes) chunks.push(chunk);
    else chunks.length = 0;
  }
  return { data: size <= maxBytes ? Buffer.concat(chunks) : null, size };
}

/**
 * Reads and decodes one file (or standard input) as one article. A file larger than maxBytes is not read at
 * all (extraction time grows faster than the text, and no news article is megabytes long).
 */
export async function readArticle(path: string, maxBytes = Infinity): Promise<Article> {
  const label = path;
  try {
    let read: { data: Buffer | null; size: number };
    if (path === STDIN) read = await readCapped(process.stdin, maxBytes);
    else {
      const info = await stat(path);
      if (info.isDirectory()) return { kind: 'failure', label, reason: 'is a folder' };
      if (info.isFile() && info.size > maxBytes) return { kind: 'failure', label, reason: tooLarge(info.size, maxBytes) };
      // A regular file is read whole; anything else (a named pipe, a device) as a stream, up to the limit.
      if (info.isFile()) {
        const data = await readFile(path);
        read = { data: data.length > maxBytes ? null : data, size: data.length };
      } else read = await readCapped(createReadStream(path), maxBytes);
    }
    const bytes = read.data;
    if (!bytes) return { kind: 'failure', label, reason: tooLarge(read.size, maxBytes) };
    const decoded = decodeBytes(bytes);
    const warnings = decoded.text.trim() ? decoded.warnings : [...decoded.warnings, 'empty input: no text to read'];
    return { kind: 'article', label, labelKey: 'file', text: decoded.text, date: null, warnings };
  } catch (e) {
    return { kind: 'failure', label, reason: reasonOf(e) };
  }
}

/**
 * Reads JSON Lines records ({"id": string, "text": string, "date"?: "YYYY-MM-DD"}) one line at a time, so an
 * archive larger than memory streams through: the file is read a chunk at a time, and only when the reader
 * asks for the next record. Each record comes with the bytes it took, for the progress bar. A line longer
 * than maxBytes is skipped (and not kept in memory) with a failure naming it.
 */
export async function* readRecords(source: string, isDate: (s: string) => boolean, maxBytes = Infinity): AsyncGenerator<Article & { bytes: number }> {
  let n = 0;
  try {
    const input = source === STDIN ? process.stdin : createReadStream(source);
    for await (const { line, bytes } of lines(input, maxBytes)) {
      n++;
      if (line === null) yield { kind: 'failure', label: `${source}:${n}`, reason: tooLarge(bytes, maxBytes), bytes };
      else if (line.trim()) yield { ...parseRecord(`${source}:${n}`, line, isDate), bytes };
    }
  } catch (e) {
    yield { kind: 'failure', label: n ? `${source}:${n + 1}` : source, reason: reasonOf(e), bytes: 0 };
  }
}

/**
 * Lines of a byte stream (LF or CRLF; a UTF-8 byte-order mark at the start is dropped), with their sizes in
 * bytes. A line longer than maxBytes comes as null: its bytes are counted, not kept.
 */
export async function* lines(input: Readable, maxBytes = Infinity): AsyncGenerator<{ line: string | null; bytes: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let first = true;
  const text = (buf: Buffer) => {
    let b = buf;
    if (first && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
    first = false;
    if (b[b.length - 1] === 0x0d) b = b.subarray(0, -1);
    return b.toString('utf8');
  };
  const take = (tail: Buffer) => {
    size += tail.length;
    if (size <= maxBytes) parts.push(tail);
    else parts = [];
  };
  const line = (newline: number) => {
    const whole = size <= maxBytes ? (parts.length === 1 ? parts[0] : Buffer.concat(parts)) : null;
    const out = { line: whole ? text(whole) : null, bytes: size + newline };
    if (!whole) first = false;
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(10); nl !== -1; nl = buf.indexOf(10, start)) {
      take(buf.subarray(start, nl));
      start = nl + 1;
      yield line(1);
    }
    if (start < buf.length) take(buf.subarray(start));
  }
  if (size) yield line(0);
}

export function parseRecord(where: string, line: string, isDate: (s: string) => boolean): Article {
  let value: unknown;
  try { value = JSON.parse(line); } catch (e) { return { kind: 'failure', label: where, reason: `invalid JSON (${(e as Error).message})` }; }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'failure', label: where, reason: 'a record must be a JSON object' };
  const r = value as Record<string, unknown>;
  if (typeof r.text !== 'string') return { kind: 'failure', label: where, reason: 'record has no "text" string' };
  if (r.id !== undefined && typeof r.id !== 'string' && typeof r.id !== 'number') return { kind: 'failure', label: where, reason: '"id" must be a string' };
  if (r.date !== undefined && r.date !== null && (typeof r.date !== 'string' || !isDate(r.date))) {
    return { kind: 'failure', label: where, reason: `"date" must be a YYYY-MM-DD date, got ${JSON.stringify(r.date)}` };
  }
  const id = r.id === undefined ? where : String(r.id);
  return { kind: 'article', label: id, labelKey: 'id', text: r.text.charCodeAt(0) === 0xfeff ? r.text.slice(1) : r.text, date: (r.date as string | undefined) ?? null, warnings: [] };
}
