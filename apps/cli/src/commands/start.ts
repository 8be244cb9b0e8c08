import { buildApp, JOB_DEFINITIONS, startServer } from '@customeric/api';
import { startJobRunner } from '@customeric/services';
import type { Command } from 'commander';
import { describeMigrations } from '../administration.ts';
import { CliError } from '../cli-error.ts';
import { parseConfig, type TCliConfig } from '../config.ts';
import { openCliDatabase, type TCliDatabase } from '../database.ts';
import {
  describeDemoCreated,
  ensureDemoCompany,
  formatDemoLogins,
  type TDemoResult,
} from '../demo-company.ts';
import type { TOutput } from '../output.ts';
import { isWebBuilt, WEB_DIST } from '../paths.ts';

async function listen(cli: TCliDatabase, config: TCliConfig) {
  // The worker logs through the server's logger, which exists once the app is built.
  let logger: Awaited<ReturnType<typeof buildApp>>['log'] | undefined;
  const jobs = await startJobRunner(cli.database, JOB_DEFINITIONS, {
    log: (message, fields) => logger?.warn(fields ?? {}, message),
  });
  const app = await buildApp({
    database: cli.database,
    jobs,
    logger: { level: config.logLevel },
    webDist: WEB_DIST,
    trustProxy: config.trustProxy,
  });
  logger = app.log;
  const onClosed = async () => {
    await jobs.stop();
    await cli.close();
  };
  try {
    return await startServer(app, { port: config.port, host: config.host, onClosed });
  } catch (error) {
    await app.close();
    await jobs.stop();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(
        `Port ${config.port} on ${config.host} is already in use (is Customeric running already?). ` +
          'Stop the other process or set PORT to a free port.',
      );
    }
    throw error;
  }
}

function printBanner(
  output: TOutput,
  url: string,
  demo: TDemoResult,
  config: TCliConfig,
  seconds: string,
) {
  const lines = [
    '',
    `Customeric is ready at ${url} (started in ${seconds} s)`,
    `API docs: ${url}/api/docs`,
  ];
  if (!isWebBuilt()) {
    lines.push(
      'Warning: the web app is not built, so only the API is served. Build it: npm run build:web',
    );
  }
  if (config.host === '127.0.0.1') {
    lines.push('Only this machine can reach it; set HOST=0.0.0.0 to listen on every interface.');
  }
  lines.push('');
  if (demo.created) lines.push(...formatDemoLogins());
  else
    lines.push(
      'To see the demo log-ins again: customeric demo --logins (npm run customeric -- demo --logins)',
    );
  lines.push('', 'Stop with Ctrl+C.', '');
  output.out(lines.join('\n'));
}

/** Prepares the database, creates the demo on first start, and serves the API and the web app. */
async function runStart(output: TOutput): Promise<void> {
  const startedAt = performance.now();
  const config = parseConfig();
  output.err('Starting Customeric…');
  const cli = await openCliDatabase(config, output.err);
  try {
    const notes = [...cli.notes, describeMigrations(cli.appliedMigrations), ...cli.warnings];
    for (const note of notes) output.err(`  ${note}`);
    const demo = await ensureDemoCompany(cli.database);
    if (demo.created) output.err(`  ${describeDemoCreated(demo.company)}`);
    const server = await listen(cli, config);
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    printBanner(output, server.url, demo, config, seconds);
  } catch (error) {
    await cli.close();
    throw error;
  }
}

export function registerStartCommand(program: Command, output: TOutput): void {
  program
    .command('start')
    .description(
      'Start the server: database, migrations, demo company on first start, API and web app',
    )
    .addHelpText(
      'after',
      `
Configuration (environment variables):
  PORT=3000  HOST=127.0.0.1  CUSTOMERIC_DATA_DIR=./.customeric  CUSTOMERIC_PG_PORT=54329
  DATABASE_URL (use this PostgreSQL instead of the embedded one)  CUSTOMERIC_APP_DB_PASSWORD
  LOG_LEVEL=info  TRUST_PROXY=false

Examples:
  $ customeric start
  $ PORT=8080 HOST=0.0.0.0 customeric start
  $ DATABASE_URL=postgres://owner:secret@db.internal/customeric customeric start`,
    )
    .action(() => runStart(output));
}
