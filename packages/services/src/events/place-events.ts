import { placeEvent, type TEventProblem, type TParsedEvent } from '@customeric/domain';
import { keyOf, type TEventReferences } from './event-references.ts';

export interface TEventRow {
  source: string;
  external_id: string;
  customer_id: string;
  type: string;
  occurred_at: string;
  department_id: string | null;
  value_chain_id: string | null;
  stage_id: string | null;
  amount: string | null;
  attributes: Record<string, unknown>;
}

export type TPlacement = { ok: true; row: TEventRow } | { ok: false; problems: TEventProblem[] };

function findCustomer(event: TParsedEvent, refs: TEventReferences, problems: TEventProblem[]) {
  const { customer } = event;
  if (customer.kind === 'id') {
    if (refs.customerIds.has(customer.id)) return customer.id;
    problems.push({ pointer: '/customer', message: `there is no customer ${customer.id}` });
    return null;
  }
  const id = refs.customerKeys.get(keyOf(customer.source, customer.externalId));
  if (id) return id;
  problems.push({
    pointer: '/customer',
    message: `no customer has the id ${customer.externalId} in ${customer.source}`,
  });
  return null;
}

function lookUp(
  value: string | null,
  map: Map<string, string>,
  pointer: string,
  noun: string,
  problems: TEventProblem[],
): string | null {
  if (value === null) return null;
  const id = map.get(value) ?? map.get(value.toLowerCase());
  if (!id) problems.push({ pointer, message: `there is no ${noun} named or numbered ${value}` });
  return id ?? null;
}

function findStage(
  event: TParsedEvent,
  chainId: string | null,
  refs: TEventReferences,
  problems: TEventProblem[],
) {
  if (event.stage === null) return null;
  const inChain = chainId
    ? refs.stages.get(`${chainId}\u0000${event.stage.toLowerCase()}`)
    : undefined;
  return inChain ?? lookUp(event.stage, refs.stages, '/stage', 'stage', problems);
}

/**
 * Resolves what the event names (customer, department, value chain, stage) against the
 * organisation, fills the rest from the mapping rules, and gives the row to insert or the
 * reasons it cannot be stored.
 */
export function placeParsedEvent(event: TParsedEvent, refs: TEventReferences): TPlacement {
  const problems: TEventProblem[] = [];
  const customerId = findCustomer(event, refs, problems);
  const departmentId = lookUp(
    event.department,
    refs.departments,
    '/department',
    'department',
    problems,
  );
  const givenChain = lookUp(
    event.valueChain,
    refs.valueChains,
    '/valueChain',
    'value chain',
    problems,
  );
  const stageId = findStage(event, givenChain, refs, problems);
  if (problems.length > 0 || !customerId) return { ok: false, problems };
  const chainOfStage = stageId ? (refs.stageChains.get(stageId) ?? null) : null;
  const placed = placeEvent(
    event.type,
    { departmentId, valueChainId: givenChain ?? chainOfStage, stageId },
    refs.rules,
  );
  return {
    ok: true,
    row: {
      source: event.source,
      external_id: event.externalId,
      customer_id: customerId,
      type: event.type,
      occurred_at: event.occurredAt.toISOString(),
      department_id: placed.departmentId,
      value_chain_id: placed.valueChainId,
      stage_id: placed.stageId,
      amount: event.amount,
      attributes: event.attributes,
    },
  };
}
