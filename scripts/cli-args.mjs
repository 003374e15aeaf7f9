// Argument handling shared by the measuring scripts (eval, bench:timex).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The shared tools live beside the project: ../shared/tools/<name>. */
export const sharedTool = (name) => path.join(root, '..', 'shared', 'tools', name);

/** Takes `--name value` out of args and returns the value (or undefined). */
export function takeFlag(args, name) {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

/** Exits 2 with a one-line message when a required path is missing. */
export function requirePaths(script, entries) {
  for (const [what, p] of entries) {
    if (!p || !fs.existsSync(p)) { console.error(`${script}: ${what} not found: ${p ?? '(not given)'}`); process.exit(2); }
  }
}
