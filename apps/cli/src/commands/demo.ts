import { type Command, InvalidArgumentError } from 'commander';
import { describeMigrations } from '../administration.ts';
import { CliError } from '../cli-error.ts';
import { parseConfig, type TCliConfig } from '../config.ts';
import { describeDatabaseUrl, type TCliDatabase, withCliDatabase } from '../database.ts';
import { describeDemoCreated, ensureDemoCompany, formatDemoLogins } from '../demo-company.ts';
import type { TOutput } from '../output.ts';
import { showPath } from '../paths.ts';
import { confirm, isInteractive } from '../prompt.ts';
import { resetDatabase } from '../reset-database.ts';

interface TDemoOptions {
  reset?: boolean;
  yes?: boolean;
  seed?: number;
  logins?: boolean;
}

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new InvalidArgumentError('give a whole number, 0 or more');
  return seed;
}

async function confirmReset(config: TCliConfig, options: TDemoOptions): Promise<void> {
  if (options.yes) return;
  if (!isInteractive()) {
    throw new CliError(
      '--reset deletes everything in the database; add --yes to confirm when not on a terminal.',
    );
  }
  const where = config.databaseUrl
    ? `the database ${describeDatabaseUrl(config.databaseUrl)}`
    : `the database in ${showPath(config.dataDir)}`;
  const question =
    `This deletes EVERYTHING in ${where}: every organisation, user and record, not only the demo.\n` +
    'Type "yes" to delete it all and recreate the demo company: ';
  if (!(await confirm(question))) throw new CliError('Nothing was deleted.');
}

async function runDemo(cli: TCliDatabase, options: TDemoOptions, output: TOutput): Promise<void> {
  if (options.reset) {
    const applied = await resetDatabase(cli.ownerUrl);
    output.err(`Deleted everything in the database. ${describeMigrations(applied)}`);
  }
  const demo = await ensureDemoCompany(
    cli.database,
    options.seed === undefined ? {} : { seed: options.seed },
  );
  if (!demo.created) {
    output.err('The demo company already exists (slug acme); nothing was changed.');
    if (options.seed !== undefined)
      output.err('--seed only applies when it is created: use --reset --seed N.');
    return;
  }
  output.err(describeDemoCreated(demo.company));
  output.out(formatDemoLogins().join('\n'));
}

export function registerDemoCommand(program: Command, output: TOutput): void {
  program
    .command('demo')
    .description('Create the demo company Acme Widgets if it is missing, or print its log-ins')
    .option('--reset', 'delete EVERYTHING in the database, then recreate the demo company')
    .option('-y, --yes', 'do not ask before --reset deletes everything')
    .option('--seed <n>', 'seed of the generated data (same seed, same company)', parseSeed)
    .option('--logins', 'only print the demo log-ins and their password')
    .addHelpText(
      'after',
      `
Examples:
  $ customeric demo
  $ customeric demo --logins
  $ customeric demo --reset --seed 7`,
    )
    .action(async (options: TDemoOptions) => {
      if (options.logins) {
        output.out(formatDemoLogins().join('\n'));
        return;
      }
      const config = parseConfig();
      if (options.reset) await confirmReset(config, options);
      await withCliDatabase(config, output, (cli) => runDemo(cli, options, output));
    });
}
