import type { TPerson } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import type { TServiceContext } from '../common/context.ts';
import { getUserRow } from './org-guards.ts';
import { toPerson } from './org-mappers.ts';
import { loadSkills } from './person-skills.ts';

export async function readPerson(tx: TTransaction, personId: string): Promise<TPerson> {
  const row = await getUserRow(tx, personId);
  const skills = await loadSkills(tx, [personId]);
  return toPerson(row, skills.get(personId) ?? []);
}

export function getPersonById(context: TServiceContext, personId: string): Promise<TPerson> {
  return withTenant(context.database, context.actor.orgId, (tx) => readPerson(tx, personId));
}
