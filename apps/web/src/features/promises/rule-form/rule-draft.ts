import type {
  TDuration,
  TDurationUnit,
  TEventMatcher,
  TPromiseRule,
  TPromiseRuleKind,
  TWhereCondition,
  TWhereOperator,
} from '@customeric/domain';

/*
 * The rule as the form holds it: every input is text, so a half-typed number is kept as typed
 * and the conversion to the rule's JSON happens in one place, both ways.
 */
export interface TWhereDraft {
  /** Stable key for React while rows are added and removed. */
  key: string;
  attribute: string;
  op: TWhereOperator;
  value: string;
}

export interface TMatcherDraft {
  type: string;
  where: TWhereDraft[];
}

export interface TDurationDraft {
  amount: string;
  unit: TDurationUnit;
}

export interface TRuleDraft {
  kind: TPromiseRuleKind;
  /** within / by_time / match: the start; never / at_most: the scope (the opportunity). */
  opener: TMatcherDraft;
  /** within / by_time / match: the end; never / at_most: the event counted. */
  closer: TMatcherDraft;
  subjectKind: 'customer' | 'attribute';
  subjectAttribute: string;
  duration: TDurationDraft;
  /** match / never / at_most: whether the rule has a time window at all. */
  windowed: boolean;
  deadlineAttribute: string;
  startValue: string;
  endValue: string;
  toleranceAbsolute: string;
  /** In per cent, as people write it; the rule holds a fraction. */
  tolerancePercent: string;
  max: string;
}

let nextKey = 0;
export function newWhereDraft(): TWhereDraft {
  nextKey += 1;
  return { key: `w${nextKey}`, attribute: '', op: 'eq', value: '' };
}

export function createRuleDraft(kind: TPromiseRuleKind = 'within'): TRuleDraft {
  return {
    kind,
    opener: { type: '', where: [] },
    closer: { type: '', where: [] },
    subjectKind: 'customer',
    subjectAttribute: '',
    duration: { amount: '4', unit: 'business_hours' },
    windowed: kind === 'within',
    deadlineAttribute: '',
    startValue: 'amount',
    endValue: 'amount',
    toleranceAbsolute: '',
    tolerancePercent: '',
    max: '2',
  };
}

/** Whether the kind may go without a duration (within needs one, by_time has its own deadline). */
export function hasOptionalWindow(kind: TPromiseRuleKind): boolean {
  return kind === 'match' || kind === 'never' || kind === 'at_most';
}

/** 'true' → true, '12.5' → 12.5, anything else stays text; numbers only in their plain spelling. */
export function parseConditionValue(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed !== '' && String(Number(trimmed)) === trimmed) return Number(trimmed);
  return trimmed;
}

function formatConditionValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(formatConditionValue).join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function toCondition(row: TWhereDraft): TWhereCondition {
  const attribute = row.attribute.trim();
  if (row.op === 'exists') return { attribute, op: 'exists' };
  if (row.op === 'in') {
    const options = row.value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map(parseConditionValue);
    return { attribute, op: 'in', value: options };
  }
  return { attribute, op: row.op, value: parseConditionValue(row.value) };
}

function toMatcher(draft: TMatcherDraft): TEventMatcher {
  const type = draft.type.trim();
  return draft.where.length === 0 ? { type } : { type, where: draft.where.map(toCondition) };
}

function fromMatcher(matcher: TEventMatcher): TMatcherDraft {
  return {
    type: matcher.type,
    where: (matcher.where ?? []).map((condition) => ({
      ...newWhereDraft(),
      attribute: condition.attribute,
      op: condition.op,
      value: formatConditionValue(condition.value),
    })),
  };
}

/** Text to a number; NaN for empty or non-numeric input, which the schema then refuses. */
function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.'));
}

function toDuration(draft: TDurationDraft): TDuration {
  return { amount: toNumber(draft.amount), unit: draft.unit };
}

function toTolerance(draft: TRuleDraft): { absolute?: number; relative?: number } | undefined {
  const absolute = draft.toleranceAbsolute.trim();
  const percent = draft.tolerancePercent.trim();
  if (!absolute && !percent) return undefined;
  return {
    ...(absolute ? { absolute: toNumber(absolute) } : {}),
    ...(percent ? { relative: toNumber(percent) / 100 } : {}),
  };
}

/** The rule's JSON, for the preview and for saving; the contract's schema judges what it holds. */
export function toRule(draft: TRuleDraft): TPromiseRule {
  const subject =
    draft.subjectKind === 'customer'
      ? { kind: 'customer' as const }
      : { kind: 'attribute' as const, attribute: draft.subjectAttribute.trim() };
  const opener = toMatcher(draft.opener);
  const closer = toMatcher(draft.closer);
  const window = draft.windowed ? { duration: toDuration(draft.duration) } : {};
  switch (draft.kind) {
    case 'within':
      return {
        kind: 'within',
        start: opener,
        end: closer,
        subject,
        duration: toDuration(draft.duration),
      };
    case 'by_time':
      return {
        kind: 'by_time',
        start: opener,
        end: closer,
        subject,
        deadlineAttribute: draft.deadlineAttribute.trim(),
      };
    case 'match': {
      const tolerance = toTolerance(draft);
      return {
        kind: 'match',
        start: opener,
        end: closer,
        subject,
        startValue: draft.startValue.trim(),
        endValue: draft.endValue.trim(),
        ...(tolerance ? { tolerance } : {}),
        ...window,
      };
    }
    case 'never':
      return { kind: 'never', scope: opener, event: closer, subject, ...window };
    case 'at_most':
      return {
        kind: 'at_most',
        scope: opener,
        event: closer,
        subject,
        max: toNumber(draft.max),
        ...window,
      };
  }
}

function formatNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** The form's state for a stored rule: what toRule turns back into the same JSON. */
export function fromRule(rule: TPromiseRule): TRuleDraft {
  const base = createRuleDraft(rule.kind);
  const scoped = rule.kind === 'never' || rule.kind === 'at_most';
  const draft: TRuleDraft = {
    ...base,
    opener: fromMatcher(scoped ? rule.scope : rule.start),
    closer: fromMatcher(scoped ? rule.event : rule.end),
    subjectKind: rule.subject.kind,
    subjectAttribute: rule.subject.kind === 'attribute' ? rule.subject.attribute : '',
  };
  const duration = rule.kind === 'by_time' ? undefined : rule.duration;
  draft.windowed = duration !== undefined;
  if (duration) draft.duration = { amount: String(duration.amount), unit: duration.unit };
  if (rule.kind === 'by_time') draft.deadlineAttribute = rule.deadlineAttribute;
  if (rule.kind === 'at_most') draft.max = String(rule.max);
  if (rule.kind === 'match') {
    draft.startValue = rule.startValue;
    draft.endValue = rule.endValue;
    draft.toleranceAbsolute = formatNumber(rule.tolerance?.absolute);
    const relative = rule.tolerance?.relative;
    draft.tolerancePercent =
      relative === undefined ? '' : String(Math.round(relative * 10000) / 100);
  }
  return draft;
}

/**
 * A change of kind keeps what still applies (events, subject, duration). The time window of
 * match / never / at most starts off: within's deadline is not what they mean by default.
 */
export function changeRuleKind(draft: TRuleDraft, kind: TPromiseRuleKind): TRuleDraft {
  const keepWindow = hasOptionalWindow(kind) && hasOptionalWindow(draft.kind) && draft.windowed;
  return { ...draft, kind, windowed: kind === 'within' || keepWindow };
}
