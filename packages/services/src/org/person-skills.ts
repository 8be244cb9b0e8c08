import type { TSkill } from '@customeric/contracts';
import { schema, type TTransaction } from '@customeric/db';
import { asc, eq, inArray } from 'drizzle-orm';

/** Highest level first, then by tag: the order skills are shown and compared in. */
export function sortSkills(skills: readonly TSkill[]): TSkill[] {
  return [...skills].sort((a, b) => b.level - a.level || a.tag.localeCompare(b.tag));
}

/** The skills of these people, each list ordered by level (highest first) then tag. */
export async function loadSkills(
  tx: TTransaction,
  userIds: readonly string[],
): Promise<Map<string, TSkill[]>> {
  const skills = new Map<string, TSkill[]>();
  if (userIds.length === 0) return skills;
  const rows = await tx
    .select()
    .from(schema.personSkills)
    .where(inArray(schema.personSkills.userId, [...userIds]))
    .orderBy(asc(schema.personSkills.userId), asc(schema.personSkills.tag));
  for (const row of rows) {
    const list = skills.get(row.userId) ?? [];
    list.push({ tag: row.tag, level: row.level });
    skills.set(row.userId, list);
  }
  for (const [userId, list] of skills) skills.set(userId, sortSkills(list));
  return skills;
}

export async function replaceSkills(
  tx: TTransaction,
  orgId: string,
  userId: string,
  skills: readonly TSkill[],
): Promise<void> {
  await tx.delete(schema.personSkills).where(eq(schema.personSkills.userId, userId));
  if (skills.length === 0) return;
  await tx
    .insert(schema.personSkills)
    .values(skills.map((skill) => ({ orgId, userId, tag: skill.tag, level: skill.level })));
}
