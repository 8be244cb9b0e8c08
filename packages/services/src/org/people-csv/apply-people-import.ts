import type { TPeopleImportResult } from '@customeric/contracts';
import { newId, newSecret, schema, type TTransaction } from '@customeric/db';
import { eq, sql } from 'drizzle-orm';
import type { TActor } from '../../common/context.ts';
import { UNUSABLE_PASSWORD_PREFIX } from '../org-mappers.ts';
import { replaceSkills } from '../person-skills.ts';
import { describeChanges } from './describe-changes.ts';
import type { TCreateOperation, TImportPlan, TImportState } from './import-types.ts';
import { buildImportIndex, type TImportIndex } from './plan-row.ts';

const BATCH = 500;

type TAuditRow = typeof schema.auditLog.$inferInsert;

interface TApplyContext {
  tx: TTransaction;
  actor: TActor;
  idOf: Map<string, string>;
  audits: TAuditRow[];
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH)
    await write(rows.slice(start, start + BATCH));
}

function audit(
  { actor, audits }: TApplyContext,
  action: string,
  subjectId: string,
  changes: Record<string, unknown>,
): void {
  audits.push({
    orgId: actor.orgId,
    id: newId('aud'),
    actorUserId: actor.userId,
    actorApiKeyId: actor.apiKeyId,
    action,
    subjectType: action === 'people.imported' ? 'organization' : 'user',
    subjectId,
    changes,
  });
}

/** New people get a password nobody knows: they cannot sign in until an administrator sets one. */
async function insertCreated(context: TApplyContext, creates: TCreateOperation[]) {
  const { tx, actor, idOf } = context;
  const created = creates.map((create) => ({ ...create, id: newId('usr') }));
  for (const person of created) idOf.set(person.email, person.id);
  await inBatches(created, (batch) =>
    tx.insert(schema.users).values(
      batch.map((person) => ({
        orgId: actor.orgId,
        id: person.id,
        email: person.email,
        ...person.values,
        passwordHash: `${UNUSABLE_PASSWORD_PREFIX}${newSecret(16)}`,
      })),
    ),
  );
  const skills = created.flatMap((person) =>
    person.skills.map((skill) => ({ orgId: actor.orgId, userId: person.id, ...skill })),
  );
  await inBatches(skills, (batch) => tx.insert(schema.personSkills).values(batch));
  return created;
}

/** Managers last, in one statement per batch: a new person's manager may be new too. */
async function setManagers(context: TApplyContext, created: (TCreateOperation & { id: string })[]) {
  const links = created.flatMap((person) => {
    const managerId = person.managerEmail ? context.idOf.get(person.managerEmail) : undefined;
    return managerId ? [sql`(${person.id}, ${managerId})`] : [];
  });
  await inBatches(links, (batch) =>
    context.tx.execute(
      sql`UPDATE users SET manager_id = v.manager_id
          FROM (VALUES ${sql.join(batch, sql`, `)}) AS v (id, manager_id)
          WHERE users.id = v.id`,
    ),
  );
  for (const person of created) {
    const { row: _row, values, ...rest } = person;
    audit(context, 'person.created', person.id, { ...values, ...rest });
  }
}

async function applyUpdates(context: TApplyContext, plan: TImportPlan, index: TImportIndex) {
  const { tx, actor, idOf } = context;
  for (const update of plan.updates) {
    const managerId =
      update.managerEmail === undefined
        ? undefined
        : update.managerEmail
          ? idOf.get(update.managerEmail)
          : null;
    await tx
      .update(schema.users)
      .set({ ...update.values, managerId, updatedAt: new Date() })
      .where(eq(schema.users.id, update.id));
    if (update.skills) await replaceSkills(tx, actor.orgId, update.id, update.skills);
    audit(context, 'person.updated', update.id, describeChanges(update, index));
  }
}

/** Writes a plan that had no issues, inside the caller's transaction; every change is audited. */
export async function applyPeopleImport(
  tx: TTransaction,
  actor: TActor,
  plan: TImportPlan,
  state: TImportState,
): Promise<TPeopleImportResult> {
  const idOf = new Map(state.people.map((person) => [person.email, person.id]));
  const context: TApplyContext = { tx, actor, idOf, audits: [] };
  const created = await insertCreated(context, plan.creates);
  await applyUpdates(context, plan, buildImportIndex(state));
  await setManagers(context, created);
  const result = {
    created: created.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
  };
  audit(context, 'people.imported', actor.orgId, result);
  await inBatches(context.audits, (batch) => tx.insert(schema.auditLog).values(batch));
  return result;
}
