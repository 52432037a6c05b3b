/**
 * The command line as this process sees it: argv, the real streams and clock, Ctrl-C. This is the
 * bundle's entry (scripts/bundle.mjs); importing it has no side effects, main.ts calls `main`.
 */
import { run } from './run.js';

export { run };

export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await run(argv, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
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
