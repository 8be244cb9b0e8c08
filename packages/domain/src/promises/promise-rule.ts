/**
 * The rules of the Customer Bill of Rights as data. The Zod schema that validates them lives in
 * contracts (`ZPromiseRule`), which checks itself against these types, so the engine never
 * depends on the HTTP layer.
 */

export const WHERE_OPERATORS = ['eq', 'neq', 'in', 'exists', 'gt', 'gte', 'lt', 'lte'] as const;
export type TWhereOperator = (typeof WHERE_OPERATORS)[number];

export interface TWhereCondition {
  /** A path into the event: `amount`, `type`, `attributes.channel` or the shorthand `channel`. */
  attribute: string;
  op: TWhereOperator;
  value?: unknown;
}

export interface TEventMatcher {
  /** Exact `invoice.issued`, prefix `invoice.*`, or `*` for every type. */
  type: string;
  where?: TWhereCondition[];
}

export type TSubject = { kind: 'customer' } | { kind: 'attribute'; attribute: string };

export const DURATION_UNITS = [
  'minutes',
  'hours',
  'days',
  'business_hours',
  'business_days',
] as const;
export type TDurationUnit = (typeof DURATION_UNITS)[number];
export type TBusinessUnit = 'business_hours' | 'business_days';

export interface TDuration {
  amount: number;
  unit: TDurationUnit;
}

export interface TTolerance {
  absolute?: number;
  relative?: number;
}

export interface TWithinRule {
  kind: 'within';
  start: TEventMatcher;
  end: TEventMatcher;
  subject: TSubject;
  duration: TDuration;
}

export interface TByTimeRule {
  kind: 'by_time';
  start: TEventMatcher;
  end: TEventMatcher;
  subject: TSubject;
  /** Path to the promised time on the start event: an ISO date-time, or a date (end of that local day). */
  deadlineAttribute: string;
}

export interface TMatchRule {
  kind: 'match';
  start: TEventMatcher;
  end: TEventMatcher;
  subject: TSubject;
  startValue: string;
  endValue: string;
  tolerance?: TTolerance;
  duration?: TDuration;
}

export interface TNeverRule {
  kind: 'never';
  scope: TEventMatcher;
  event: TEventMatcher;
  subject: TSubject;
  duration?: TDuration;
}

export interface TAtMostRule {
  kind: 'at_most';
  scope: TEventMatcher;
  event: TEventMatcher;
  subject: TSubject;
  max: number;
  duration?: TDuration;
}

export type TPromiseRule = TWithinRule | TByTimeRule | TMatchRule | TNeverRule | TAtMostRule;
export type TPromiseRuleKind = TPromiseRule['kind'];
export const PROMISE_RULE_KINDS = [
  'within',
  'by_time',
  'match',
  'never',
  'at_most',
] as const satisfies readonly TPromiseRuleKind[];

export interface TPromiseEvent {
  id: string;
  customerId: string;
  type: string;
  occurredAt: Date;
  amount: number | null;
  attributes: Record<string, unknown>;
}

export type TPromiseStatus = 'open' | 'kept' | 'broken';

export interface TPromiseOutcome {
  /** `${subjectKey}:${startEventId}`; for never / at_most the scope event is the start. */
  key: string;
  subjectKey: string;
  customerId: string;
  status: TPromiseStatus;
  startEventId: string;
  endEventId: string | null;
  dueAt: Date | null;
  /** When it was kept or broken: the deciding event's occurredAt, or dueAt for a missed deadline. */
  resolvedAt: Date | null;
  evidenceEventIds: string[];
  reason: string;
}
