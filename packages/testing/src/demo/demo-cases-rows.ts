import { newId } from '@customeric/db';
import { formatMention, type TRandom } from '@customeric/domain';
import type { TDemoCasePlan, TDemoCaseSource } from './demo-cases-plan.ts';
import type { TDemoDepartmentKey } from './demo-departments.ts';

export interface TDemoCasePeople {
  byDepartment: Record<TDemoDepartmentKey, string[]>;
  /** The demo employee (agent@acme.example): owns a share of the open cases. */
  agentId: string | null;
}

interface TContext {
  departmentIds: Record<TDemoDepartmentKey, string>;
  people: TDemoCasePeople;
  today: Date;
  names: Map<string, string>;
}

/** What the person handing a case back writes to the one who gets it, by where it goes. */
const BOUNCE_NOTES: Partial<Record<TDemoDepartmentKey, string>> = {
  service:
    'the order says one quantity, the customer another: can you confirm with them which is right?',
  billing: 'confirmed with the customer: the order is right, so the invoice needs correcting.',
};

type TRow = Record<string, unknown>;

export interface TDemoCaseRows {
  cases: TRow[];
  handoffs: TRow[];
  statusChanges: TRow[];
  comments: TRow[];
}

const DAY = 86_400_000;
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

function ownerIn(random: TRandom, context: TContext, key: TDemoDepartmentKey): string | null {
  const people = context.people.byDepartment[key] ?? [];
  return people.length > 0 ? random.pick(people) : null;
}

/** The status rows of one case: new, then worked (or waiting), resolved, closed after a week. */
function statusChanges(
  caseId: string,
  plan: TDemoCasePlan,
  openedAt: number,
  owner: string | null,
  today: number,
) {
  const change = (from: string | null, to: string, at: number) => ({
    id: newId('csc', at),
    case_id: caseId,
    from_status_key: from,
    to_status_key: to,
    actor_user_id: from === null ? null : owner,
    at: iso(at),
  });
  const worked = plan.waiting ? 'waiting_customer' : 'in_progress';
  const rows = [change(null, 'new', openedAt), change('new', worked, openedAt + 3_600_000)];
  if (plan.resolvedAt === null) return { rows, status: worked, closedAt: null };
  rows.push(change(worked, 'resolved', plan.resolvedAt));
  const closedAt = plan.resolvedAt + 7 * DAY;
  if (closedAt >= today) return { rows, status: 'resolved', closedAt: null };
  rows.push(change('resolved', 'closed', closedAt));
  return { rows, status: 'closed', closedAt };
}

function buildHandoffs(
  random: TRandom,
  context: TContext,
  caseId: string,
  plan: TDemoCasePlan,
  first: string | null,
) {
  const held = new Set<TDemoDepartmentKey>(['service']);
  let from: TDemoDepartmentKey = 'service';
  let fromUser = first;
  let bounces = 0;
  const comments: TRow[] = [];
  const rows = plan.steps.map((step) => {
    const toUser = ownerIn(random, context, step.to);
    const isBounce = held.has(step.to);
    if (isBounce) bounces++;
    const toName = toUser ? context.names.get(toUser) : undefined;
    const note = BOUNCE_NOTES[step.to];
    if (isBounce && note && fromUser && toUser && toName)
      comments.push(
        comment(caseId, fromUser, note, { id: toUser, name: toName }, step.at - 60_000),
      );
    held.add(step.to);
    const row = {
      id: newId('hof', step.at),
      case_id: caseId,
      from_department_id: context.departmentIds[from],
      to_department_id: context.departmentIds[step.to],
      from_user_id: fromUser,
      to_user_id: toUser,
      reason: step.reason,
      is_bounce: isBounce,
      actor_user_id: fromUser,
      at: iso(step.at),
    };
    from = step.to;
    fromUser = toUser;
    return row;
  });
  return { rows, comments, bounces, last: from, lastOwner: fromUser };
}

function comment(
  caseId: string,
  author: string,
  about: string,
  mentioned: { id: string; name: string },
  at: number,
) {
  return {
    id: newId('cmt', at),
    case_id: caseId,
    author_user_id: author,
    body: `${formatMention({ userId: mentioned.id, name: mentioned.name })} ${about}`,
    mentions: [mentioned.id],
    created_at: iso(at),
  };
}

/** The rows of every planned case, its handoffs, its status history and a few comments. */
export function buildDemoCaseRows(
  random: TRandom,
  plans: readonly [TDemoCaseSource, TDemoCasePlan][],
  context: TContext,
): TDemoCaseRows {
  const { names } = context;
  const rows: TDemoCaseRows = { cases: [], handoffs: [], statusChanges: [], comments: [] };
  const today = context.today.getTime();
  for (const [source, plan] of plans) {
    const id = newId('cas', source.openedAt);
    const recentOpen = plan.resolvedAt === null && context.people.agentId && random.chance(0.35);
    const front = recentOpen ? context.people.agentId : ownerIn(random, context, 'service');
    const handoffs = buildHandoffs(random, context, id, plan, front);
    const last = plan.steps.at(-1);
    const owner = plan.steps.length === 0 ? front : handoffs.lastOwner;
    const status = statusChanges(id, plan, source.openedAt, owner, today);
    const changedAt = Math.max(
      source.openedAt,
      last?.at ?? 0,
      plan.resolvedAt ?? 0,
      status.closedAt ?? 0,
    );
    rows.handoffs.push(...handoffs.rows);
    rows.comments.push(...handoffs.comments);
    rows.statusChanges.push(...status.rows);
    rows.cases.push({
      id,
      customer_id: source.customerId,
      subject: plan.subject,
      category: plan.category,
      priority: plan.priority,
      status_key: status.status,
      status_category:
        status.status === 'waiting_customer'
          ? 'waiting'
          : status.status === 'in_progress'
            ? 'open'
            : status.status,
      owner_user_id: owner,
      department_id: context.departmentIds[handoffs.last],
      department_since: iso(last?.at ?? source.openedAt),
      opening_department_id: context.departmentIds.service,
      front_owner_user_id: front,
      root_cause: plan.rootCause,
      source_kind: source.eventId ? 'event' : 'manual',
      source_ref: source.eventId,
      created_by_user_id: source.eventId ? null : front,
      handoff_count: handoffs.rows.length,
      bounce_count: handoffs.bounces,
      version: status.rows.length + handoffs.rows.length,
      opened_at: iso(source.openedAt),
      resolved_at: iso(plan.resolvedAt),
      closed_at: iso(status.closedAt),
      created_at: iso(source.openedAt),
      updated_at: iso(changedAt),
    });
    if (plan.resolvedAt === null && owner && front && owner !== front && names.has(front))
      rows.comments.push(
        comment(
          id,
          owner,
          'we are on it; could you keep the customer posted?',
          { id: front, name: names.get(front) as string },
          Math.min(today - 3_600_000, changedAt + 7_200_000),
        ),
      );
  }
  return rows;
}
