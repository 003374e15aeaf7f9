// Inputs: files, folders (recursive, by extension), quoted glob patterns, "-" for standard input, and
// JSON Lines records. Each input is read when its turn comes; a failure is reported for that input alone.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeBytes } from '../decode/decode.js';
import { InputError } from '../errors.js';

/** One article to process, or one input that failed before it could become one. */
export type Article =
  | { kind: 'article'; label: string; labelKey: 'file' | 'id'; text: string; date: string | null; warnings: string[] }
  | { kind: 'failure'; label: string; reason: string };

export const STDIN = '-';

/** Expands the command-line paths into files, in the order given; folders and globs in sorted order. */
export async function* expandPaths(paths: string[], extensions: string[]): AsyncGenerator<{ path: string } | { failure: string; reason: string }> {
  for (const p of paths) {
    if (p === STDIN) { yield { path: p }; continue; }
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      const files = await walk(p, extensions);
      if (!files.length) yield { failure: p, reason: `folder has no files ending in ${extensions.map((e) => `.${e}`).join(', ')}` };
      for (const f of files) yield { path: f };
    } else if (info) {
      yield { path: p };
    } else if (isDynamicPattern(p)) {
      const files = (await glob(p, { onlyFiles: true, dot: false })).sort();
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
    else if ((e.isFile() || e.isSymbolicLink()) && extensions.some((x) => e.name.toLowerCase().endsWith(`.${x}`))) out.push(full);
  }
  return out;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes one file (or standard input) as one article. */
export async function readArticle(path: string): Promise<Article> {
  const label = path;
  try {
    const bytes = path === STDIN ? await readStdin() : await readFile(path);
    const decoded = decodeBytes(bytes);
    const warnings = decoded.text.trim() ? decoded.warnings : [...decoded.warnings, 'empty input: no text to read'];
    return { kind: 'article', label, labelKey: 'file', text: decoded.text, date: null, warnings };
  } catch (e) {
    return { kind: 'failure', label, reason: reasonOf(e) };
  }
}

/**
 * Reads JSON Lines records ({"id": string, "text": string, "date"?: "YYYY-MM-DD"}) one line at a time, so an
 * archive larger than memory streams through.
 */
export async function* readRecords(source: string, isDate: (s: string) => boolean): AsyncGenerator<Article> {
  const input = source === STDIN ? process.stdin : createReadStream(source);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim()) yield parseRecord(`${source}:${n}`, line, isDate);
    }
  } catch (e) {
    yield { kind: 'failure', label: source, reason: reasonOf(e) };
  }
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

export function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return err?.message ?? String(e);
  }
}
