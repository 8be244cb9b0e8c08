import type { TLoginRequest, TSessionResponse } from '@customeric/contracts';
import {
  findLoginOrgIds,
  newId,
  newSecret,
  schema,
  type TDatabase,
  withTenant,
} from '@customeric/db';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { buildSessionResponse } from './build-session-response.ts';
import { verifyPassword } from './passwords.ts';
import { hashSecret, newSessionToken } from './tokens.ts';

export const SESSION_HOURS = 12;

interface TCandidate {
  user: typeof schema.users.$inferSelect;
  organization: typeof schema.organizations.$inferSelect;
}

async function findCandidate(database: TDatabase, orgId: string, email: string) {
  return withTenant(database, orgId, async (tx): Promise<TCandidate | null> => {
    const [organization] = await tx.select().from(schema.organizations);
    const [user] = await tx
      .select()
      .from(schema.users)
      .where(and(eq(schema.users.email, email), eq(schema.users.active, true)));
    return organization && user ? { user, organization } : null;
  });
}

async function findMatchingCandidates(database: TDatabase, request: TLoginRequest) {
  const orgIds = await findLoginOrgIds(database, request.email);
  const candidates: TCandidate[] = [];
  for (const orgId of orgIds) {
    const candidate = await findCandidate(database, orgId, request.email);
    if (!candidate) continue;
    if (request.organization && candidate.organization.slug !== request.organization) continue;
    if (await verifyPassword(candidate.user.passwordHash, request.password))
      candidates.push(candidate);
  }
  if (orgIds.length === 0) await verifyPassword(null, request.password);
  return candidates;
}

/** Checks the e-mail and password and opens a session in the user's organisation. */
export async function login(
  database: TDatabase,
  request: TLoginRequest,
): Promise<{ token: string; session: TSessionResponse }> {
  const candidates = await findMatchingCandidates(database, request);
  const [chosen] = candidates;
  if (!chosen) {
    throw new AppError('invalid_credentials', { detail: 'The e-mail or password is wrong.' });
  }
  if (candidates.length > 1) {
    const slugs = candidates.map((candidate) => candidate.organization.slug).join(', ');
    throw new AppError('validation_failed', {
      detail: `This e-mail belongs to several organisations (${slugs}): say which one.`,
      errors: [{ pointer: '/organization', message: `choose one of: ${slugs}` }],
    });
  }
  const { token, secret } = newSessionToken(chosen.organization.orgId);
  const csrfToken = newSecret(24);
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await withTenant(database, chosen.organization.orgId, (tx) =>
    tx.insert(schema.sessions).values({
      orgId: chosen.organization.orgId,
      id: newId('ses'),
      userId: chosen.user.id,
      tokenHash: hashSecret(secret),
      csrfToken,
      expiresAt,
    }),
  );
  return { token, session: buildSessionResponse({ ...chosen, csrfToken, expiresAt }) };
}
