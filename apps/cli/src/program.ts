import { Command } from 'commander';
import { describeError } from './cli-error.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerKeyCommand } from './commands/key.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUserCommand } from './commands/user.ts';
import { consoleOutput, type TOutput } from './output.ts';

function buildProgram(output: TOutput = consoleOutput): Command {
  const program = new Command('customeric')
    .description('Customeric, the Customer Department: run the server and administer it')
    .version('0.1.0')
    .showHelpAfterError('(add --help for usage)');
  registerStartCommand(program, output);
  registerMigrateCommand(program, output);
  registerDemoCommand(program, output);
  registerUserCommand(program, output);
  registerKeyCommand(program, output);
  registerImportCommand(program, output);
  return program;
}

/** Runs the command line; a failure prints a plain message (a stack only at LOG_LEVEL=debug) and gives 1. */
export async function runCli(argv: string[], output: TOutput = consoleOutput): Promise<number> {
  try {
    await buildProgram(output).parseAsync(argv);
    return 0;
  } catch (error) {
    const verbose = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
    output.err(describeError(error, verbose));
    return 1;
  }
}
