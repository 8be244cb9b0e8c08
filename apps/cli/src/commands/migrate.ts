import type { Command } from 'commander';
import { describeMigrations } from '../administration.ts';
import { parseConfig } from '../config.ts';
import { withCliDatabase } from '../database.ts';
import type { TOutput } from '../output.ts';

export function registerMigrateCommand(program: Command, output: TOutput): void {
  program
    .command('migrate')
    .description('Apply the database migrations that have not run yet, then stop')
    .addHelpText(
      'after',
      `
Examples:
  $ customeric migrate
  $ DATABASE_URL=postgres://owner:secret@db.internal/customeric customeric migrate`,
    )
    .action(() =>
      // withCliDatabase already lists what it applied; say so when there was nothing to do.
      withCliDatabase(parseConfig(), output, async (cli) => {
        if (cli.appliedMigrations.length === 0) output.out(describeMigrations([]));
      }),
    );
}
