import type { TInvitation, TInvitationListQuery, TPage } from '@customeric/contracts';
import { withTenant } from '@customeric/db';
import { sql } from 'drizzle-orm';
import type { TServiceContext } from '../common/context.ts';
import { decodeCursor, toPage } from '../common/cursor.ts';
import { findSurveyRow } from './survey-query.ts';

type TRow = {
  id: string;
  survey_id: string;
  customer_id: string;
  customer_name: string;
  contact_id: string;
  contact_name: string;
  email: string | null;
  sent_at: string;
  opened_at: string | null;
  answered_at: string | null;
  expires_at: string;
};

const iso = (value: string | null) => (value ? new Date(value).toISOString() : null);

function statusFilter(status: TInvitationListQuery['status']) {
  if (status === 'answered') return sql`AND i.answered_at IS NOT NULL`;
  if (status === 'expired') return sql`AND i.answered_at IS NULL AND i.expires_at <= now()`;
  if (status === 'open') return sql`AND i.answered_at IS NULL AND i.expires_at > now()`;
  return sql``;
}

/** A survey's invitations, newest first, with who was invited and what became of the link. */
export async function findInvitations(
  context: TServiceContext,
  surveyId: string,
  query: TInvitationListQuery,
): Promise<TPage<TInvitation>> {
  const after = decodeCursor(query.cursor);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    await findSurveyRow(tx, surveyId);
    const result = await tx.execute<TRow>(sql`
      SELECT i.id, i.survey_id, i.customer_id, c.name AS customer_name, i.contact_id,
        k.name AS contact_name, k.email, i.sent_at, i.opened_at, i.answered_at, i.expires_at
      FROM survey_invitations i
      JOIN customers c ON c.org_id = i.org_id AND c.id = i.customer_id
      JOIN contacts k ON k.org_id = i.org_id AND k.id = i.contact_id
      WHERE i.survey_id = ${surveyId} ${after ? sql`AND i.id < ${after}` : sql``}
        ${statusFilter(query.status)}
      ORDER BY i.id DESC LIMIT ${query.limit + 1}`);
    const now = Date.now();
    return toPage(result.rows, query.limit, (row) => ({
      id: row.id,
      surveyId: row.survey_id,
      customerId: row.customer_id,
      customerName: row.customer_name,
      contactId: row.contact_id,
      contactName: row.contact_name,
      email: row.email,
      status: row.answered_at
        ? ('answered' as const)
        : new Date(row.expires_at).getTime() <= now
          ? ('expired' as const)
          : ('open' as const),
      sentAt: iso(row.sent_at) as string,
      openedAt: iso(row.opened_at),
      answeredAt: iso(row.answered_at),
      expiresAt: iso(row.expires_at) as string,
    }));
  });
}
