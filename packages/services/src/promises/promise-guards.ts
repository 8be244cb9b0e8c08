import type { TProblemFieldError } from '@customeric/contracts';
import type { TTransaction } from '@customeric/db';
import { type TPromiseRule, usesBusinessTime } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../common/app-error.ts';
import { ensureDefaultCalendar } from './calendars/ensure-default-calendar.ts';

export interface TPromiseReferences {
  ownerKind: 'department' | 'value_chain_manager';
  ownerDepartmentId: string | null;
  valueChainId: string | null;
  stageId: string | null;
  calendarId: string | null;
}

function ownerProblems(fields: TPromiseReferences): TProblemFieldError[] {
  const errors: TProblemFieldError[] = [];
  if (fields.ownerKind === 'department' && !fields.ownerDepartmentId)
    errors.push({
      pointer: '/ownerDepartmentId',
      message: 'is required when a department owns the promise',
    });
  if (fields.ownerKind === 'value_chain_manager' && !fields.valueChainId)
    errors.push({
      pointer: '/valueChainId',
      message: 'is required when the Value Chain Manager owns the promise',
    });
  if (fields.stageId && !fields.valueChainId)
    errors.push({ pointer: '/valueChainId', message: 'is required with a stage' });
  return errors;
}

type TFound = {
  department: string | null;
  archived: boolean | null;
  chain: string | null;
  chain_archived: boolean | null;
  stage_chain: string | null;
  calendar: string | null;
};

/**
 * What a promise points at must exist: an active owner department, a value chain that is
 * not archived, a stage of that chain, a calendar; each problem names its field.
 */
export async function assertPromiseReferences(
  tx: TTransaction,
  fields: TPromiseReferences,
): Promise<void> {
  const errors = ownerProblems(fields);
  const result = await tx.execute<TFound>(sql`
    SELECT
      (SELECT id FROM departments WHERE id = ${fields.ownerDepartmentId}) AS department,
      (SELECT archived_at IS NOT NULL FROM departments WHERE id = ${fields.ownerDepartmentId}) AS archived,
      (SELECT id FROM value_chains WHERE id = ${fields.valueChainId}) AS chain,
      (SELECT archived_at IS NOT NULL FROM value_chains WHERE id = ${fields.valueChainId}) AS chain_archived,
      (SELECT value_chain_id FROM value_chain_stages WHERE id = ${fields.stageId}) AS stage_chain,
      (SELECT id FROM business_calendars WHERE id = ${fields.calendarId}) AS calendar`);
  const found = result.rows[0] as TFound;
  if (fields.ownerDepartmentId && !found.department)
    errors.push({ pointer: '/ownerDepartmentId', message: 'is not a department' });
  else if (found.archived) errors.push({ pointer: '/ownerDepartmentId', message: 'is archived' });
  if (fields.valueChainId && !found.chain)
    errors.push({ pointer: '/valueChainId', message: 'is not a value chain' });
  else if (found.chain_archived) errors.push({ pointer: '/valueChainId', message: 'is archived' });
  if (fields.stageId && found.stage_chain !== fields.valueChainId)
    errors.push({ pointer: '/stageId', message: 'is not a stage of the value chain' });
  if (fields.calendarId && !found.calendar)
    errors.push({ pointer: '/calendarId', message: 'is not a business calendar' });
  if (errors.length > 0)
    throw new AppError('validation_failed', {
      detail: `The promise cannot be saved: ${errors.map((e) => `${e.pointer.slice(1)} ${e.message}`).join('; ')}.`,
      errors,
    });
}

/** A rule in business hours or days needs a calendar: the default one, made if need be. */
export async function ensureCalendarFor(
  tx: TTransaction,
  orgId: string,
  rule: TPromiseRule,
  calendarId: string | null,
): Promise<void> {
  if (calendarId === null && usesBusinessTime(rule)) await ensureDefaultCalendar(tx, orgId);
}

export function rethrowDuplicateName(name: string) {
  return (error: unknown): never => {
    const cause = (error as { cause?: { code?: string } }).cause ?? error;
    if ((cause as { code?: string }).code === '23505')
      throw new AppError('conflict', {
        detail: `There is already a promise named ${name}.`,
        errors: [{ pointer: '/internalName', message: 'is already taken' }],
      });
    throw error;
  };
}
