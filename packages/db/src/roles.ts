import type pg from 'pg';

/** The role the server connects as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'customeric_app';

/**
 * Creates the app role if missing and sets its password. Needs a connection allowed to
 * manage roles (a superuser, or a role with CREATEROLE).
 */
export async function ensureAppRole(admin: pg.ClientBase, password: string): Promise<void> {
  const found = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
  const literal = await admin.query('SELECT quote_literal($1) AS value', [password]);
  const quoted = literal.rows[0].value as string;
  const verb = found.rowCount === 0 ? 'CREATE' : 'ALTER';
  await admin.query(
    `${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${quoted}`,
  );
}
