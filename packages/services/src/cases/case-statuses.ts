import type {
  TCaseStatus,
  TCreateCaseStatusRequest,
  TUpdateCaseStatusRequest,
} from '@customeric/contracts';
import { schema, type TTransaction, withTenant } from '@customeric/db';
import type { TCaseStatusCategory } from '@customeric/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../access/record-audit.ts';
import { AppError } from '../common/app-error.ts';
import type { TServiceContext } from '../common/context.ts';

async function listStatuses(tx: TTransaction): Promise<TCaseStatus[]> {
  const result = await tx.execute<{
    key: string;
    name: string;
    category: TCaseStatusCategory;
    position: number;
    is_initial: boolean;
    archived: boolean;
    case_count: number;
  }>(sql`SELECT s.key, s.name, s.category, s.position, s.is_initial,
      s.archived_at IS NOT NULL AS archived,
      (SELECT count(*)::int FROM cases c WHERE c.status_key = s.key) AS case_count
    FROM case_statuses s ORDER BY s.position, s.key`);
  return result.rows.map((row) => ({
    key: row.key,
    name: row.name,
    category: row.category,
    position: row.position,
    isInitial: row.is_initial,
    archived: row.archived,
    caseCount: row.case_count,
  }));
}

export async function findCaseStatuses(
  context: TServiceContext,
): Promise<{ items: TCaseStatus[] }> {
  return withTenant(context.database, context.actor.orgId, async (tx) => ({
    items: await listStatuses(tx),
  }));
}

function getOne(items: TCaseStatus[], key: string): TCaseStatus {
  const found = items.find((status) => status.key === key);
  if (!found) throw new AppError('not_found', { detail: `There is no case status ${key}.` });
  return found;
}

/** Adds a status to one of the four groups; its key and group never change afterwards. */
export async function createCaseStatus(
  context: TServiceContext,
  request: TCreateCaseStatusRequest,
): Promise<TCaseStatus> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const existing = await listStatuses(tx);
    if (existing.some((status) => status.key === request.key))
      throw new AppError('conflict', {
        detail: `There is already a status ${request.key}.`,
        errors: [{ pointer: '/key', message: 'is already used' }],
      });
    const position = request.position ?? Math.max(-1, ...existing.map((s) => s.position)) + 1;
    await tx.insert(schema.caseStatuses).values({ orgId: actor.orgId, ...request, position });
    await recordAudit(tx, actor, {
      action: 'case_status.created',
      subjectType: 'case_status',
      subjectId: request.key,
      changes: { name: request.name, category: request.category },
    });
    return getOne(await listStatuses(tx), request.key);
  });
}

/** A group must keep a status people can move cases to, and the initial one cannot go. */
function checkArchive(items: TCaseStatus[], status: TCaseStatus): void {
  if (status.isInitial)
    throw new AppError('conflict', {
      detail: `${status.name} is where new cases start; make another status the initial one first.`,
    });
  const others = items.filter(
    (other) => other.category === status.category && other.key !== status.key && !other.archived,
  );
  if (others.length === 0)
    throw new AppError('conflict', {
      detail: `${status.name} is the last ${status.category} status; cases would have nowhere to go.`,
    });
}

export async function updateCaseStatus(
  context: TServiceContext,
  key: string,
  request: TUpdateCaseStatusRequest,
): Promise<TCaseStatus> {
  const { actor } = context;
  return withTenant(context.database, actor.orgId, async (tx) => {
    const status = getOne(await listStatuses(tx), key);
    if (request.archived === true && !status.archived) checkArchive(await listStatuses(tx), status);
    if (request.isInitial) {
      if (status.category !== 'open' || (status.archived && request.archived !== false))
        throw new AppError('validation_failed', {
          detail: 'New cases start in an open status that is not archived.',
          errors: [{ pointer: '/isInitial', message: 'needs an open, active status' }],
        });
      await tx
        .update(schema.caseStatuses)
        .set({ isInitial: false })
        .where(and(ne(schema.caseStatuses.key, key), eq(schema.caseStatuses.isInitial, true)));
    }
    await tx
      .update(schema.caseStatuses)
      .set({
        ...(request.name !== undefined ? { name: request.name } : {}),
        ...(request.position !== undefined ? { position: request.position } : {}),
        ...(request.isInitial ? { isInitial: true } : {}),
        ...(request.archived !== undefined
          ? { archivedAt: request.archived ? new Date() : null }
          : {}),
      })
      .where(eq(schema.caseStatuses.key, key));
    await recordAudit(tx, actor, {
      action: 'case_status.updated',
      subjectType: 'case_status',
      subjectId: key,
      changes: request,
    });
    return getOne(await listStatuses(tx), key);
  });
}
