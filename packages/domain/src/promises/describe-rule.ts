import { describeDuration, isBusinessDuration } from './durations.ts';
import { formatNumber, formatValue } from './outcome-text.ts';
import type {
  TDuration,
  TEventMatcher,
  TPromiseRule,
  TTolerance,
  TWhereCondition,
} from './promise-rule.ts';

/** Words for event types, e.g. `{ 'complaint.received': 'a complaint' }`; a type without one is shown as is. */
export type TEventTypeNames = Readonly<Record<string, string>>;

const OPERATOR_WORDS: Record<TWhereCondition['op'], string> = {
  eq: 'is',
  neq: 'is not',
  in: 'is one of',
  exists: 'is given',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
};

/** One sentence a person reads in the editor: "After complaint.received, support.replied … within 4 business hours." */
export function describeRule(rule: TPromiseRule, names: TEventTypeNames = {}): string {
  const name = (matcher: TEventMatcher) => describeMatcher(matcher, names);
  const subject = rule.subject.kind === 'customer' ? 'customer' : rule.subject.attribute;
  const duration = durationOf(rule);
  const window = duration ? ` within ${describeDuration(duration)}` : '';
  switch (rule.kind) {
    case 'within':
      return `After ${name(rule.start)}, ${name(rule.end)} follows for the same ${subject}${window}.`;
    case 'by_time':
      return `After ${name(rule.start)}, ${name(rule.end)} follows for the same ${subject} by the time in its ${rule.deadlineAttribute}.`;
    case 'match':
      return `After ${name(rule.start)}, the next ${name(rule.end)} for the same ${subject} has ${rule.endValue} equal to the ${rule.startValue} of ${name(rule.start)}${describeTolerance(rule.tolerance)}${window}.`;
    case 'never':
      return `After ${name(rule.scope)}, no ${name(rule.event)} for the same ${subject}${window}.`;
    case 'at_most':
      return `After ${name(rule.scope)}, at most ${rule.max} × ${name(rule.event)} for the same ${subject}${window}.`;
  }
}

/** Whether evaluating the rule needs a business calendar. */
export function usesBusinessTime(rule: TPromiseRule): boolean {
  return isBusinessDuration(durationOf(rule));
}

function durationOf(rule: TPromiseRule): TDuration | undefined {
  return rule.kind === 'by_time' ? undefined : rule.duration;
}

function describeMatcher(matcher: TEventMatcher, names: TEventTypeNames): string {
  const type = names[matcher.type] ?? matcher.type;
  const conditions = (matcher.where ?? []).map(
    (condition) =>
      `${condition.attribute} ${OPERATOR_WORDS[condition.op]}${condition.op === 'exists' ? '' : ` ${describeValue(condition.value)}`}`,
  );
  return conditions.length === 0 ? type : `${type} (where ${conditions.join(' and ')})`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeValue).join(', ');
  return typeof value === 'string' ? `"${value}"` : formatValue(value);
}

function describeTolerance(tolerance: TTolerance | undefined): string {
  const parts: string[] = [];
  if (tolerance?.absolute) parts.push(`± ${formatNumber(tolerance.absolute)}`);
  if (tolerance?.relative) parts.push(`± ${formatNumber(tolerance.relative * 100)} %`);
  return parts.length === 0 ? '' : ` (give or take ${parts.join(' or ')})`;
}
