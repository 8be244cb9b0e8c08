import type { TBusinessCalendar } from '../promises/business-calendar.ts';
import {
  isPausedCategory,
  type TClockDefinition,
  type TClockKind,
  type TClockState,
  type TClockTarget,
} from './case-clock-vocabulary.ts';
import type { TCaseStatusCategory } from './case-vocabulary.ts';
import {
  countActive,
  instantAfter,
  meterFor,
  type TClockPause,
  targetMinutes,
} from './clock-meter.ts';

/** One entry of a case's status history: from `at` on it was in a status of this group. */
export interface TStatusEntry {
  at: Date;
  category: TCaseStatusCategory;
}

/** What the clocks of a case are computed from. */
export interface TClockCaseInput {
  openedAt: Date;
  /** Every status the case passed through, the opening one included, in any order. */
  history: readonly TStatusEntry[];
  handoffCount: number;
}

export interface TComputedClock {
  kind: TClockKind;
  state: TClockState;
  promiseId: string | null;
  startedAt: Date;
  /** When the clock stopped: the first answer, the resolution; null while it runs or pauses. */
  stoppedAt: Date | null;
  /** Time clocks: when the target is reached (projected from now while paused). */
  dueAt: Date | null;
  target: TClockTarget | null;
  targetMinutes: number | null;
  elapsedMinutes: number;
  remainingMinutes: number | null;
  /** Share of the target used; counters: handoffs / (max + 1), so 100 % is the breach. */
  percent: number;
  breachedAt: Date | null;
  count: number | null;
  max: number | null;
}

export interface TClockContext {
  now: Date;
  calendar: TBusinessCalendar | null;
}

function ordered(input: TClockCaseInput): TStatusEntry[] {
  return [...input.history].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Spans in a waiting (or, once reopened, resolved) status before `until`. */
function pausesOf(history: readonly TStatusEntry[], until: Date | null): TClockPause[] {
  const pauses: TClockPause[] = [];
  history.forEach((entry, index) => {
    if (!isPausedCategory(entry.category)) return;
    if (until && entry.at >= until) return;
    const next = history[index + 1];
    pauses.push({ from: entry.at, to: next ? next.at : null });
  });
  return pauses;
}

/** The first answer: the first time someone moved the case on from the status it opened in. */
function firstAnswerAt(history: readonly TStatusEntry[]): Date | null {
  return history[1]?.at ?? null;
}

/** A case now resolved or closed stopped its resolution clock when it last became resolved. */
function resolvedAt(history: readonly TStatusEntry[]): Date | null {
  const last = history.at(-1);
  if (!last || (last.category !== 'resolved' && last.category !== 'closed')) return null;
  let index = history.length - 1;
  while (index > 0 && ['resolved', 'closed'].includes(history[index - 1]?.category ?? '')) index--;
  return history[index]?.at ?? null;
}

function timeClock(
  definition: Extract<TClockDefinition, { kind: 'first_answer' | 'resolution' }>,
  start: Date,
  stop: Date | null,
  pauses: readonly TClockPause[],
  context: TClockContext,
): TComputedClock {
  const meter = meterFor(definition.target, context.calendar);
  const target = targetMinutes(definition.target, start, context.calendar);
  const until = stop ?? context.now;
  const elapsed = countActive(meter, start, until, pauses);
  const dueAt = instantAfter(meter, start, target, pauses, context.now);
  const pausedNow = !stop && pauses.some((pause) => pause.to === null);
  let state: TClockState = pausedNow ? 'paused' : 'running';
  if (stop) state = elapsed <= target ? 'met' : 'breached';
  else if (elapsed >= target) state = 'breached';
  return {
    kind: definition.kind,
    state,
    promiseId: definition.promiseId ?? null,
    startedAt: start,
    stoppedAt: stop,
    dueAt,
    target: definition.target,
    targetMinutes: target,
    elapsedMinutes: elapsed,
    remainingMinutes: Math.max(0, target - elapsed),
    percent: target > 0 ? (elapsed / target) * 100 : 100,
    breachedAt: state === 'breached' ? dueAt : null,
    count: null,
    max: null,
  };
}

function handoffClock(
  definition: Extract<TClockDefinition, { kind: 'handoffs' }>,
  input: TClockCaseInput,
  stop: Date | null,
): TComputedClock {
  const count = input.handoffCount;
  const breached = count > definition.max;
  return {
    kind: 'handoffs',
    state: breached ? 'breached' : stop ? 'met' : 'running',
    promiseId: definition.promiseId ?? null,
    startedAt: input.openedAt,
    stoppedAt: stop,
    dueAt: null,
    target: null,
    targetMinutes: null,
    elapsedMinutes: 0,
    remainingMinutes: null,
    percent: (count / (definition.max + 1)) * 100,
    breachedAt: null,
    count,
    max: definition.max,
  };
}

/**
 * The clocks of one case under its policy's definitions. Time clocks start when the case was
 * opened and count the calendar's working time (or elapsed hours), leaving out the spans in
 * which the case waited on the customer. The first answer stops at the first status change;
 * the resolution when the case became resolved (a reopened case runs again, the resolved span
 * left out). Pure: the same input and `now` give the same clocks.
 */
export function computeCaseClocks(
  definitions: readonly TClockDefinition[],
  input: TClockCaseInput,
  context: TClockContext,
): TComputedClock[] {
  const history = ordered(input);
  const resolved = resolvedAt(history);
  return definitions.map((definition) => {
    if (definition.kind === 'handoffs') return handoffClock(definition, input, resolved);
    if (definition.kind === 'first_answer')
      return timeClock(definition, input.openedAt, firstAnswerAt(history), [], context);
    return timeClock(definition, input.openedAt, resolved, pausesOf(history, resolved), context);
  });
}
