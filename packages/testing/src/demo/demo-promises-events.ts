import type { TTransaction } from '@customeric/db';
import type { TRandom } from '@customeric/domain';
import { sql } from 'drizzle-orm';
import type { TDemoStory } from './demo-story.ts';

const HOUR = 3_600_000;

type TCaseRow = {
  case_key: string;
  customer_id: string;
  opened_at: Date | string;
  resolved_at: Date | string | null;
  department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  segment: string | null;
  handoffs: (string | null)[] | null;
};

/** The cases of the demo, each with its case.opened event's case key and placement. */
async function loadCases(tx: TTransaction): Promise<TCaseRow[]> {
  const result = await tx.execute<TCaseRow>(sql`
    SELECT e.attributes->>'case' AS case_key, c.customer_id, e.occurred_at AS opened_at,
      c.resolved_at, e.department_id, e.value_chain_id, e.stage_id, k.segment,
      (SELECT array_agg(h.at::text ORDER BY h.at) FROM case_handoffs h
        WHERE h.org_id = c.org_id AND h.case_id = c.id AND h.from_department_id IS NOT NULL)
        AS handoffs
    FROM cases c
    JOIN events e ON e.org_id = c.org_id AND e.id = substr(c.source_ref, 5)::bigint
    JOIN customers k ON k.org_id = c.org_id AND k.id = c.customer_id
    WHERE c.source_kind = 'event' AND e.attributes ? 'case'
    ORDER BY e.id`);
  return result.rows;
}

/** Hours until the first answer: mostly within the morning, slow ones a day or two. */
function answerDelay(random: TRandom, row: TCaseRow, story: TDemoStory): number {
  const opened = new Date(row.opened_at).getTime();
  const troubled =
    row.segment === story.segment &&
    opened >= story.troubleFrom.getTime() &&
    opened < story.programmeFrom.getTime();
  const slow = random.chance(troubled ? 0.35 : 0.12);
  return slow ? 4 + random.next() * 30 : 0.25 + random.next() * 3;
}

/**
 * What the help desk recorded about each demo case as events: its first answer, every time
 * it was passed on to another department (the cases module's handoffs), and its resolution,
 * so the service promises are measured on the same story the cases screens tell.
 */
export async function planDemoCaseEvents(
  tx: TTransaction,
  random: TRandom,
  story: TDemoStory,
  today: Date,
): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const row of await loadCases(tx)) {
    const push = (type: string, at: number, suffix: string, attributes: object = {}) => {
      if (at >= today.getTime()) return;
      const occurred = new Date(at).toISOString();
      rows.push({
        source: 'crm',
        external_id: `${type}-${row.case_key}${suffix}`,
        customer_id: row.customer_id,
        type,
        occurred_at: occurred,
        department_id: row.department_id,
        value_chain_id: row.value_chain_id,
        stage_id: row.stage_id,
        amount: null,
        attributes: { case: row.case_key, ...attributes },
      });
    };
    const opened = new Date(row.opened_at).getTime();
    push('case.answered', opened + answerDelay(random, row, story) * HOUR, '');
    (row.handoffs ?? []).forEach((at, index) => {
      if (at) push('case.passed_on', new Date(at).getTime(), `-${index + 1}`, { count: index + 1 });
    });
    if (row.resolved_at) push('case.resolved', new Date(row.resolved_at).getTime(), '');
  }
  return rows;
}
