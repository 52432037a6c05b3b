/**
 * The command line as this process sees it: argv, the real streams and clock, Ctrl-C. This is the
 * bundle's entry (scripts/bundle.mjs); importing it has no side effects, main.ts calls `main`.
 */
import { runCleanups } from './cleanup.js';
import { run } from './run.js';

export { run };

/**
 * A writer to stdout or stderr that goes quiet once the reader is gone. `huibao outline x.txt |
 * head -1` closes the pipe after one line; Node then reports EPIPE as an 'error' event, which with
 * no listener ends the process with a stack trace and exit code 1 even though the work (a deck
 * written) is done. Nobody is left to read, so the rest of the output is dropped and the command
 * ends with the code its work earned.
 */
export function quietWriter(stream: NodeJS.WritableStream): (text: string) => void {
  let open = true;
  stream.on('error', () => {
    // EPIPE or any other write failure: there is nowhere left to say anything.
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

/**
 * Ctrl-C or SIGTERM: undo what must not outlive the run (cleanup.ts: LibreOffice, temp folders),
 * then end as the signal would have (exit 128 + its number). When another listener takes the
 * signal (`build --watch` stops watching on Ctrl-C), the process is left to end by itself.
 */
function stopOnSignals(): void {
  for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
    process.on(signal, () => {
      runCleanups();
      if (process.listenerCount(signal) > 1) return;
      process.exit(128 + number);
    });
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  stopOnSignals();
  process.exitCode = await run(argv, {
    cwd: process.cwd(),
    stdout: quietWriter(process.stdout),
    stderr: quietWriter(process.stderr),
    env: process.env,
    now: () => new Date(),
    isTTY: process.stderr.isTTY,
    interrupt: () => {
      const controller = new AbortController();
      process.once('SIGINT', () => controller.abort());
      return controller.signal;
    },
  });
}
