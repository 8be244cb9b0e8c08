import type { TCallListened, TCreateCallListenedRequest } from '@customeric/contracts';
import { newId, type TTransaction, withTenant } from '@customeric/db';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';

function invalid(pointer: string, detail: string, message: string): AppError {
  return new AppError('validation_failed', { detail, errors: [{ pointer, message }] });
}

export async function selectCalls(
  tx: TTransaction,
  where: SQL,
  tail: SQL = sql``,
): Promise<TCallListened[]> {
  const rows = await tx.execute<{
    id: string;
    user_id: string;
    user_name: string;
    listened_on: string;
    customer_id: string;
    customer_name: string;
    department_id: string | null;
    department_name: string | null;
    case_id: string | null;
    minutes: number | null;
    learned: string;
  }>(sql`
    SELECT l.id, l.user_id, u.name AS user_name, l.listened_on::text AS listened_on, l.customer_id,
      cu.name AS customer_name, l.department_id, d.name AS department_name, l.case_id, l.minutes,
      l.learned
    FROM calls_listened l
    JOIN users u ON u.org_id = l.org_id AND u.id = l.user_id
    JOIN customers cu ON cu.org_id = l.org_id AND cu.id = l.customer_id
    LEFT JOIN departments d ON d.org_id = l.org_id AND d.id = l.department_id
    WHERE ${where} ${tail}`);
  return rows.rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    userName: row.user_name,
    listenedOn: row.listened_on,
    customerId: row.customer_id,
    customerName: row.customer_name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    caseId: row.case_id,
    minutes: row.minutes,
    learned: row.learned,
  }));
}

async function checkReferences(tx: TTransaction, request: TCreateCallListenedRequest) {
  const found = await tx.execute<{
    customer: boolean;
    department: boolean;
    case_customer: string | null;
  }>(sql`
    SELECT EXISTS (SELECT 1 FROM customers WHERE id = ${request.customerId}) AS customer,
      ${request.departmentId}::text IS NULL OR EXISTS (SELECT 1 FROM departments WHERE id = ${request.departmentId}) AS department,
      (SELECT customer_id FROM cases WHERE id = ${request.caseId}) AS case_customer`);
  const row = found.rows[0];
  if (!row?.customer)
    throw invalid(
      '/customerId',
      `There is no customer ${request.customerId}.`,
      'is not a customer of this organisation',
    );
  if (!row.department)
    throw invalid(
      '/departmentId',
      `There is no department ${request.departmentId}.`,
      'is not a department of this organisation',
    );
  if (request.caseId && row.case_customer !== request.customerId)
    throw invalid(
      '/caseId',
      `Case ${request.caseId} is not one of this customer's cases.`,
      'is not a case of the customer',
    );
}

/** Logs a call the actor listened in on, and what they learned from it. */
export async function createCallListened(
  context: TServiceContext,
  request: TCreateCallListenedRequest,
  now: Date = new Date(),
): Promise<TCallListened> {
  const { actor } = context;
  if (!actor.userId)
    throw new AppError('forbidden', { detail: 'Only a person can log a call they listened to.' });
  if (request.listenedOn > now.toISOString().slice(0, 10))
    throw invalid('/listenedOn', `${request.listenedOn} is in the future.`, 'is in the future');
  return withTenant(context.database, actor.orgId, async (tx) => {
    await checkReferences(tx, request);
    const id = newId('cll');
    await tx.execute(sql`
      INSERT INTO calls_listened (org_id, id, user_id, listened_on, customer_id, department_id,
        case_id, minutes, learned)
      VALUES (${actor.orgId}, ${id}, ${actor.userId}, ${request.listenedOn}::date, ${request.customerId},
        ${request.departmentId}, ${request.caseId}, ${request.minutes}, ${request.learned})`);
    const [call] = await selectCalls(tx, sql`l.id = ${id}`);
    return call as TCallListened;
  });
}
