import { schema, type TTransaction } from '@customeric/db';
import { createRandom } from '@customeric/domain';
import { eq } from 'drizzle-orm';
import { DEMO_DEPARTMENTS } from './demo-departments.ts';
import { DEMO_LINES } from './demo-org-plan.ts';
import {
  findDemoHeads,
  profileOf,
  type TDemoPerson,
  type TDepartmentIds,
} from './demo-people-profiles.ts';
import { addDemoValueChains } from './demo-value-chains.ts';

/**
 * The org of Acme Widgets: every department's line to the Customer Department and head;
 * everyone's title, manager (one tree under the CEO), share of customer work and skills;
 * the operating model "both"; and two value chains. Same seed, same org.
 */
export async function addDemoOrg(
  tx: TTransaction,
  input: { orgId: string; seed: number; departmentIds: TDepartmentIds; people: TDemoPerson[] },
): Promise<{ valueChains: number }> {
  const { orgId, departmentIds, people } = input;
  // Its own stream, so the org never shifts what other parts of the demo draw.
  const random = createRandom(input.seed + 3);
  const heads = findDemoHeads(people, departmentIds);
  const keyOf = new Map(DEMO_DEPARTMENTS.map((d) => [departmentIds[d.key], d.key]));
  const context = { random, heads, keyOf, projectManager: { id: null as string | null } };
  const idOf = new Map(people.map((person) => [person.email, person.id]));
  const skills: (typeof schema.personSkills.$inferInsert)[] = [];
  for (const person of people) {
    const profile = profileOf(context, person);
    await tx
      .update(schema.users)
      .set({
        title: profile.title,
        managerId: profile.managerEmail ? (idOf.get(profile.managerEmail) ?? null) : null,
        customerWorkShare: profile.share,
        ...(profile.role ? { role: profile.role } : {}),
      })
      .where(eq(schema.users.id, person.id));
    skills.push(...profile.skills.map((skill) => ({ orgId, userId: person.id, ...skill })));
  }
  await tx.insert(schema.personSkills).values(skills);
  for (const { key } of DEMO_DEPARTMENTS) {
    await tx
      .update(schema.departments)
      .set({ customerDepartmentLine: DEMO_LINES[key], headUserId: heads[key].id })
      .where(eq(schema.departments.id, departmentIds[key]));
  }
  await tx.insert(schema.orgSettings).values({
    orgId,
    operatingModel: 'both',
    customerDepartmentHeadId: idOf.get('cco@acme.example') ?? null,
  });
  const managers = {
    'vcm@acme.example': idOf.get('vcm@acme.example') ?? null,
    'product-staff': context.projectManager.id,
  };
  return { valueChains: await addDemoValueChains(tx, orgId, departmentIds, managers) };
}
