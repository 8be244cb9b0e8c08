import pg from 'pg';

/** The app's handle on PostgreSQL: a pool connected as the app role. Queries go through withTenant. */
export interface TDatabase {
  pool: pg.Pool;
  close(): Promise<void>;
}

export function openDatabase(appUrl: string, options: { max?: number } = {}): TDatabase {
  const pool = new pg.Pool({
    connectionString: appUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client that loses its server (database restarted) must not crash the process.
  pool.on('error', () => undefined);
  return { pool, close: () => pool.end() };
}

/** Replaces the user and password of a connection URL, keeping host, port and database. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
