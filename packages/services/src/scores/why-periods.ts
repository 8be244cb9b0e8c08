import type { TScoreWhyQuery } from '@customeric/contracts';
import { parsePeriod, periodContaining, shiftPeriod, type TScorePeriod } from '@customeric/domain';
import { AppError } from '../common/app-error.ts';

function read(label: string, field: string): TScorePeriod {
  const period = parsePeriod(label);
  if (!period)
    throw new AppError('validation_failed', {
      detail: `${label} is not a period; write it like 2026-Q1, 2026-03, 2026-W07 or 2026.`,
      errors: [{ pointer: `/${field}`, message: 'is not a period' }],
    });
  return period;
}

/**
 * The two periods to compare: as given, or by default the last complete period of the grain
 * and the one before it (a period just begun has too few answers to explain anything).
 */
export function choosePeriods(query: TScoreWhyQuery, today: Date): [TScorePeriod, TScorePeriod] {
  const second = query.period2
    ? read(query.period2, 'period2')
    : shiftPeriod(
        periodContaining(query.period1 ? read(query.period1, 'period1').grain : query.grain, today),
        -1,
      );
  const first = query.period1 ? read(query.period1, 'period1') : shiftPeriod(second, -1);
  if (first.grain !== second.grain)
    throw new AppError('validation_failed', {
      detail: `Compare periods of one kind: ${first.label} and ${second.label} are not.`,
      errors: [{ pointer: '/period1', message: 'must be of the same grain as period2' }],
    });
  if (first.start >= second.start)
    throw new AppError('validation_failed', {
      detail: `${first.label} must come before ${second.label}.`,
      errors: [{ pointer: '/period1', message: 'must come before period2' }],
    });
  return [first, second];
}

/** The last day of a period, as the answer and breach lists take it ("before its end"). */
export function lastDayOf(period: TScorePeriod): string {
  return new Date(Date.parse(`${period.end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The first moment of a day in UTC, as periods are counted. */
export function utcMidnight(day: string): string {
  return `${day}T00:00:00Z`;
}
