import type pg from 'pg';

/** The role the server connects as: owns nothing, cannot bypass row-level security. */
export const APP_ROLE = 'customeric_app';

/**
 * Creates the app role if missing and sets its password. Needs a connection allowed to
 * manage roles (a superuser, or a role with CREATEROLE).
 */
export async function ensureAppRole(admin: pg.ClientBase, password: string): Promise<void> {
  const found = await admin.query<{ rolsuper: boolean; rolbypassrls: boolean }>(
    'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
    [APP_ROLE],
  );
  const literal = await admin.query('SELECT quote_literal($1) AS value', [password]);
  const quoted = literal.rows[0].value as string;
  const existing = found.rows[0];
  if (!existing) {
    await admin.query(
      `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${quoted}`,
    );
    return;
  }
  // Only a superuser may even restate (NO)SUPERUSER or (NO)BYPASSRLS, and the owner behind
  // DATABASE_URL usually is not one: check those two instead of setting them.
  if (existing.rolsuper || existing.rolbypassrls) {
    throw new Error(
      `The role ${APP_ROLE} can bypass row-level security; make it NOSUPERUSER NOBYPASSRLS.`,
    );
  }
  await admin.query(`ALTER ROLE ${APP_ROLE} LOGIN NOCREATEDB NOCREATEROLE PASSWORD ${quoted}`);
}
