import { resolve } from 'node:path';
import { z } from 'zod';
import { CliError } from './cli-error.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Empty variables count as unset: `PORT= npm start` should mean "the default", not an error.
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}

function port(fallback: number) {
  return optional(
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(1, 'must be from 1 to 65535')
      .max(65535, 'must be from 1 to 65535'),
  ).transform((value) => value ?? fallback);
}

const ZEnvironment = z.object({
  PORT: port(3000),
  // Loopback by default: a fresh clone with demo log-ins should not be reachable from the network.
  HOST: optional(z.string()).transform((value) => value ?? '127.0.0.1'),
  CUSTOMERIC_DATA_DIR: optional(z.string()).transform((value) => resolve(value ?? '.customeric')),
  CUSTOMERIC_PG_PORT: port(54329),
  DATABASE_URL: optional(
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }),
  ),
  CUSTOMERIC_APP_DB_PASSWORD: optional(z.string().min(12, 'must be at least 12 characters')),
  LOG_LEVEL: optional(
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }),
  ).transform((value) => value ?? 'info'),
  TRUST_PROXY: optional(
    z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }),
  ).transform((value) => value === 'true' || value === '1'),
});

export interface TCliConfig {
  port: number;
  host: string;
  dataDir: string;
  embeddedPort: number;
  databaseUrl: string | undefined;
  appPassword: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean;
}

function describeValue(env: Record<string, string | undefined>, name: string): string {
  // Never echo secrets back: a bad DATABASE_URL may still carry a real password.
  if (name === 'DATABASE_URL' || name === 'CUSTOMERIC_APP_DB_PASSWORD') return '';
  return ` (got ${JSON.stringify(env[name])})`;
}

/** Reads the configuration from environment variables; throws one error naming every bad one. */
export function parseConfig(env: Record<string, string | undefined> = process.env): TCliConfig {
  const parsed = ZEnvironment.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}: ${issue.message}${describeValue(env, name)}`;
    });
    throw new CliError(`The configuration is not valid:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: value.CUSTOMERIC_DATA_DIR,
    embeddedPort: value.CUSTOMERIC_PG_PORT,
    databaseUrl: value.DATABASE_URL,
    appPassword: value.CUSTOMERIC_APP_DB_PASSWORD,
    logLevel: value.LOG_LEVEL,
    trustProxy: value.TRUST_PROXY,
  };
}
