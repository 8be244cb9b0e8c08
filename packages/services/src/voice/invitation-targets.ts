import type { TCreateInvitationsRequest } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { textArray } from '../common/sql-arrays.ts';

export interface TTarget {
  customerId: string;
  customerName: string;
  customerStatus: 'prospect' | 'active' | 'churned';
  contactId: string | null;
  contactName: string | null;
  email: string | null;
  lastInvitedAt: Date | null;
}

type TRow = {
  customer_id: string;
  customer_name: string;
  status: TTarget['customerStatus'];
  contact_id: string | null;
  contact_name: string | null;
  email: string | null;
};

function unknown(pointer: string, what: string, id: string): AppError {
  return new AppError('validation_failed', {
    detail: `There is no ${what} ${id} in this organisation.`,
    errors: [{ pointer, message: `is not a ${what} of this organisation` }],
  });
}

/** Each named customer with its primary contact (else its first); each named contact with its customer. */
async function loadRows(tx: TTransaction, request: TCreateInvitationsRequest) {
  const byCustomer = await tx.execute<TRow>(sql`
    SELECT c.id AS customer_id, c.name AS customer_name, c.status, k.id AS contact_id,
      k.name AS contact_name, k.email
    FROM customers c
    LEFT JOIN LATERAL (SELECT id, name, email FROM contacts WHERE org_id = c.org_id
      AND customer_id = c.id ORDER BY is_primary DESC, created_at, id LIMIT 1) k ON true
    WHERE c.id = ANY(${textArray(request.customerIds)})`);
  const byContact = await tx.execute<TRow>(sql`
    SELECT c.id AS customer_id, c.name AS customer_name, c.status, k.id AS contact_id,
      k.name AS contact_name, k.email
    FROM contacts k JOIN customers c ON c.org_id = k.org_id AND c.id = k.customer_id
    WHERE k.id = ANY(${textArray(request.contactIds)})`);
  return { byCustomer: byCustomer.rows, byContact: byContact.rows };
}

/** The targets in the order they were named; an id this organisation does not know is a 400. */
export async function loadInvitationTargets(
  tx: TTransaction,
  request: TCreateInvitationsRequest,
): Promise<TTarget[]> {
  const { byCustomer, byContact } = await loadRows(tx, request);
  const customers = new Map(byCustomer.map((row) => [row.customer_id, row]));
  const contacts = new Map(byContact.map((row) => [row.contact_id, row]));
  const rows: TRow[] = [];
  request.customerIds.forEach((id, index) => {
    const row = customers.get(id);
    if (!row) throw unknown(`/customerIds/${index}`, 'customer', id);
    rows.push(row);
  });
  request.contactIds.forEach((id, index) => {
    const row = contacts.get(id);
    if (!row) throw unknown(`/contactIds/${index}`, 'contact', id);
    rows.push(row);
  });
  const contactIds = rows.flatMap((row) => (row.contact_id ? [row.contact_id] : []));
  const last = await tx.execute<{ contact_id: string; at: string }>(sql`
    SELECT contact_id, max(sent_at) AS at FROM survey_invitations
    WHERE contact_id = ANY(${textArray(contactIds)}) GROUP BY contact_id`);
  const lastAt = new Map(last.rows.map((row) => [row.contact_id, new Date(row.at)]));
  return rows.map((row) => ({
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerStatus: row.status,
    contactId: row.contact_id,
    contactName: row.contact_name,
    email: row.email,
    lastInvitedAt: row.contact_id ? (lastAt.get(row.contact_id) ?? null) : null,
  }));
}
