/**
 * The one error boundary: known errors become a Chinese message and exit code 1, wrong usage exit
 * code 2, anything else (a defect of huibao) an "internal error" line (stack only with --debug)
 * and exit code 70 (EX_SOFTWARE of sysexits.h), the code HuibaoError gives its 'internal' kind.
 */
import { CommanderError } from '@commander-js/extra-typings';
import { HuibaoError } from '../errors.js';
import { formatError } from './messages.js';
import { createProgram, type CliEnvironment, type CommandOutcome } from './program.js';

export const EXIT_OK = 0;
export const EXIT_USER_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

export async function run(argv: readonly string[], environment: CliEnvironment): Promise<number> {
  const outcome: CommandOutcome = { exitCode: EXIT_OK };
  const program = createProgram(environment, outcome);
  program.exitOverride();
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version arrive as errors under exitOverride; they are successes.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    environment.stderr(`${formatError(error, debug)}\n`);
    return error instanceof HuibaoError ? error.exitCode : EXIT_INTERNAL;
  }
}
