/**
 * The shape every ingest path (JSON batch, NDJSON stream, CSV file, CloudEvents) turns its
 * input into before validation, and the validated event that goes to the database.
 */
export type TCustomerRef =
  | { kind: 'id'; id: string }
  | { kind: 'external'; source: string; externalId: string };

export interface TParsedEvent {
  source: string;
  externalId: string;
  customer: TCustomerRef;
  /** Lower case, dot-separated: `order.placed`. */
  type: string;
  occurredAt: Date;
  /** A department id (`dep_…`) or name, resolved against the organisation's departments. */
  department: string | null;
  valueChain: string | null;
  stage: string | null;
  /** A decimal with at most two places, as text (exact in PostgreSQL numeric). */
  amount: string | null;
  attributes: Record<string, unknown>;
}

/** Why one row was refused: the field (a JSON pointer) and a sentence about it. */
export interface TEventProblem {
  pointer: string;
  message: string;
}

export type TEventParseResult =
  | { ok: true; event: TParsedEvent }
  | { ok: false; problems: TEventProblem[] };

export const EVENT_FIELDS = [
  'source',
  'externalId',
  'customer',
  'customerId',
  'customerSource',
  'customerExternalId',
  'type',
  'occurredAt',
  'department',
  'valueChain',
  'stage',
  'amount',
  'attributes',
] as const;

export const EVENT_LIMITS = {
  source: 100,
  externalId: 200,
  type: 100,
  reference: 200,
  attributesBytes: 16 * 1024,
  attributesDepth: 8,
  /** Events dated further ahead than this are refused as a clock or unit mistake. */
  futureMs: 24 * 60 * 60 * 1000,
  amountAbs: 1e13,
} as const;

/** Describes the problems of a refused row in one line, as the rejected-rows file shows it. */
export function describeEventProblems(problems: readonly TEventProblem[]): string {
  return problems
    .map((problem) =>
      problem.pointer ? `${problem.pointer}: ${problem.message}` : problem.message,
    )
    .join('; ');
}
