import type { TBridgePeople, TBridgePeopleQuery } from '@customeric/contracts';
import { type TTransaction, withTenant } from '@customeric/db';
import { rankBridgePeople, type TCollaborationCase } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import { AppError } from '../../common/app-error.ts';
import type { TServiceContext } from '../../common/context.ts';

const DAY = 86_400_000;
/** The links drawn are among the people shown at the top of the ranking. */
const LINKED_PEOPLE = 25;

/** Cases opened in the period that moved between departments, with everyone who worked them. */
async function loadCrossingCases(
  tx: TTransaction,
  from: string,
  to: string,
): Promise<TCollaborationCase[]> {
  const rows = await tx.execute<{
    id: string;
    departments: string[];
    people: string[];
    resolved_by: string | null;
  }>(sql`
    WITH crossing AS (
      SELECT c.* FROM cases c
      WHERE c.opened_at >= ${from}::date AND c.opened_at < ${to}::date + 1
        AND EXISTS (SELECT 1 FROM case_handoffs h WHERE h.case_id = c.id AND h.from_department_id IS NOT NULL))
    SELECT c.id,
      array_remove(array(
        SELECT c.opening_department_id UNION SELECT h.to_department_id FROM case_handoffs h WHERE h.case_id = c.id
        UNION SELECT h.from_department_id FROM case_handoffs h WHERE h.case_id = c.id), NULL) AS departments,
      array_remove(array(
        SELECT c.owner_user_id UNION SELECT c.front_owner_user_id
        UNION SELECT unnest(array[h.from_user_id, h.to_user_id, h.actor_user_id]) FROM case_handoffs h WHERE h.case_id = c.id
        UNION SELECT m.author_user_id FROM case_comments m WHERE m.case_id = c.id), NULL) AS people,
      CASE WHEN c.resolved_at IS NOT NULL THEN c.owner_user_id END AS resolved_by
    FROM crossing c ORDER BY c.id`);
  return rows.rows.map((row) => ({
    caseId: row.id,
    departmentIds: row.departments,
    people: row.people,
    resolvedBy: row.resolved_by,
  }));
}

function period(query: TBridgePeopleQuery, now: Date) {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - 364 * DAY).toISOString().slice(0, 10);
  if (from > to)
    throw new AppError('validation_failed', {
      detail: `The period starts (${from}) after it ends (${to}).`,
      errors: [{ pointer: '/from', message: 'is after to' }],
    });
  return { from, to };
}

function countLinks(cases: readonly TCollaborationCase[], shown: ReadonlySet<string>) {
  const links = new Map<string, { a: string; b: string; cases: number }>();
  for (const item of cases) {
    const members = [...new Set(item.people)].filter((id) => shown.has(id)).sort();
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const key = `${members[i]} ${members[j]}`;
        const link = links.get(key) ?? {
          a: members[i] as string,
          b: members[j] as string,
          cases: 0,
        };
        link.cases += 1;
        links.set(key, link);
      }
  }
  return [...links.values()].sort(
    (x, y) => y.cases - x.cases || (x.a + x.b).localeCompare(y.a + y.b),
  );
}

/**
 * The people who bridge silos: from the cases of the period that crossed departments, ranked
 * by betweenness in the graph of who worked with whom, then by cross-department cases resolved.
 * With a department, only its people are listed (ranked in the whole graph).
 */
export async function getBridgePeople(
  context: TServiceContext,
  query: TBridgePeopleQuery,
  now: Date = new Date(),
): Promise<TBridgePeople> {
  const { from, to } = period(query, now);
  return withTenant(context.database, context.actor.orgId, async (tx) => {
    const cases = await loadCrossingCases(tx, from, to);
    const people = await tx.execute<{
      id: string;
      name: string;
      department_id: string | null;
      department_name: string | null;
    }>(sql`
      SELECT u.id, u.name, u.department_id, d.name AS department_name FROM users u
      LEFT JOIN departments d ON d.org_id = u.org_id AND d.id = u.department_id`);
    const byId = new Map(people.rows.map((row) => [row.id, row]));
    const ranked = rankBridgePeople(cases)
      .map((person) => ({ person, who: byId.get(person.userId) }))
      .filter(({ who }) => who && (!query.departmentId || who.department_id === query.departmentId))
      .map(({ person, who }) => ({
        ...person,
        name: who?.name ?? person.userId,
        departmentId: who?.department_id ?? null,
        departmentName: who?.department_name ?? null,
      }));
    const shown = new Set(ranked.slice(0, LINKED_PEOPLE).map((person) => person.userId));
    return { from, to, crossCases: cases.length, people: ranked, links: countLinks(cases, shown) };
  });
}
