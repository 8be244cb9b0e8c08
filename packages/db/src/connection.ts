import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type TDrizzle = NodePgDatabase<typeof schema>;

/** The app's handle on PostgreSQL: a pool connected as the app role, and Drizzle over it. */
export interface TDatabase {
  pool: pg.Pool;
  db: TDrizzle;
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
  const db = drizzle(pool, { schema });
  return { pool, db, close: () => pool.end() };
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
