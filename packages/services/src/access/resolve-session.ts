import type { TSessionResponse } from '@customeric/contracts';
import { schema, type TDatabase, withTenant } from '@customeric/db';
import type { TRole } from '@customeric/domain';
import { and, eq, gt } from 'drizzle-orm';
import type { TActor } from '../common/context.ts';
import { buildSessionResponse } from './build-session-response.ts';
import { hashSecret, parseSessionToken } from './tokens.ts';

export interface TResolvedSession {
  actor: TActor;
  sessionId: string;
  session: TSessionResponse;
}

/** The signed-in session a cookie token names, or null when it is unknown, expired or its user inactive. */
export async function resolveSession(
  database: TDatabase,
  token: string,
): Promise<TResolvedSession | null> {
  const parsed = parseSessionToken(token);
  if (!parsed) return null;
  return withTenant(database, parsed.orgId, async (tx) => {
    const [row] = await tx
      .select({ session: schema.sessions, user: schema.users, organization: schema.organizations })
      .from(schema.sessions)
      .innerJoin(
        schema.users,
        and(
          eq(schema.users.orgId, schema.sessions.orgId),
          eq(schema.users.id, schema.sessions.userId),
        ),
      )
      .innerJoin(schema.organizations, eq(schema.organizations.orgId, schema.sessions.orgId))
      .where(
        and(
          eq(schema.sessions.tokenHash, hashSecret(parsed.secret)),
          gt(schema.sessions.expiresAt, new Date()),
          eq(schema.users.active, true),
        ),
      );
    if (!row) return null;
    const actor: TActor = {
      orgId: parsed.orgId,
      userId: row.user.id,
      apiKeyId: null,
      role: row.user.role as TRole,
      scopes: [],
    };
    const session = buildSessionResponse({
      user: row.user,
      organization: row.organization,
      csrfToken: row.session.csrfToken,
      expiresAt: row.session.expiresAt,
    });
    return { actor, sessionId: row.session.id, session };
  });
}
