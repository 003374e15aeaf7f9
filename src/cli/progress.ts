// The progress bar (cli-progress) on standard error, for people watching a long batch on a terminal. Every
// other line on standard error (errors, warnings) and, when standard output is the same terminal, every
// write to standard output goes through here, so the bar is cleared first and drawn again after: nothing
// is written over, and output redirected to a file or a pipe never sees the bar.
import type cliProgressModule from 'cli-progress';

export interface Progress {
  /** Starts the bar. total: the inputs (unit "files") or bytes of records (unit "records"); null when unknown. */
  start(total: number | null, unit: 'files' | 'records'): void;
  /** done: inputs finished so far; position: how far through the total (inputs, or bytes of records). */
  update(done: number, position: number): void;
  /** One whole line (ending in a newline) on standard error. */
  line(s: string): void;
  /** Writes to standard output; returns what stream.write returned (false: wait for "drain"). */
  out(s: string): boolean;
  /** Clears the bar for good. */
  stop(): void;
}

/**
 * Whether to draw a bar: standard error is a terminal that understands cursor moves, not --quiet, and not a
 * CI job (CI logs keep every redraw as a line; CI=false or CI=0 count as not CI).
 */
export function wantProgress(quiet: boolean, stderr: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI !== undefined && !['', '0', 'false'].includes(env.CI.toLowerCase());
  return !quiet && !!stderr.isTTY && !ci && env.TERM !== 'dumb';
}

type Stream = { write(s: string): boolean; isTTY?: boolean; columns?: number };

/** No bar: lines and output go straight through. */
export function noProgress(stdout: Stream = process.stdout, stderr: Stream = process.stderr): Progress {
  return { start() {}, update() {}, line: (s) => { stderr.write(s); }, out: (s) => stdout.write(s), stop() {} };
}

const FORMATS = {
  files: 'parley {bar} {percentage}% | {done}/{total} files | ETA {eta_formatted}',
  records: 'parley {bar} {percentage}% | {done} records | ETA {eta_formatted}',
  unknown: 'parley {done} records | {duration_formatted}',
};

/** A bar on stderr (a terminal). stdout is cleared around only when it is a terminal too. */
// cli-progress loads only when a bar is drawn (a terminal, not --quiet): piped runs never pay for it.
export async function terminalProgress(stdout: Stream = process.stdout, stderr: Stream = process.stderr): Promise<Progress> {
  const cliProgress: typeof cliProgressModule = (await import('cli-progress')).default;
  const width = () => Math.max(20, (stderr.columns || 80) - 1);
  // cli-progress's own terminal saves and restores the cursor position and turns line wrapping off, which
  // would move the cursor back over lines written since and cut standard output's lines when both are one
  // terminal; this one only returns to the start of the line and clears it.
  const terminal = {
    isTTY: () => true,
    getWidth: width,
    cursorSave() {}, cursorRestore() {}, cursor() {}, lineWrapping() {}, cursorRelative() {}, cursorRelativeReset() {}, clearBottom() {},
    cursorTo: () => { stderr.write('\r'); },
    clearRight: () => { stderr.write('\u001b[K'); },
    clearLine: () => { stderr.write('\u001b[2K'); },
    newline: () => { stderr.write('\n'); },
    write: (s: string) => { stderr.write(s); },
  };
  let bar: cliProgressModule.SingleBar | null = null;
  let done = 0;
  const clear = () => { if (bar) stderr.write('\r\u001b[2K'); };
  const redraw = () => { bar?.render(); };
  return {
    start(total, unit) {
      const format = total === null ? FORMATS.unknown : FORMATS[unit];
      bar = new cliProgress.SingleBar({
        format: (options, params, payload) => cliProgress.Format.Formatter({ ...options, format }, params, payload).slice(0, width()),
        barsize: 24, barCompleteChar: '█', barIncompleteChar: '░', hideCursor: false, linewrap: null, clearOnComplete: true,
        forceRedraw: true, etaBuffer: 100, fps: 8, gracefulExit: false, stream: stderr as NodeJS.WritableStream,
        terminal,
      } as cliProgressModule.Options);
      bar.start(total ?? 0, 0, { done: 0 });
    },
    update(d, position) {
      done = d;
      bar?.update(position, { done });
    },
    line(s) {
      clear();
      stderr.write(s);
      redraw();
    },
    out(s) {
      if (!bar || !stdout.isTTY) return stdout.write(s);
      clear();
      const ok = stdout.write(s);
      redraw();
      return ok;
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
