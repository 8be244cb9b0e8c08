const DAY = 86_400_000;

/** At least this long to handle a complaint, however late in the month it was assigned. */
export const MIN_HANDLING_DAYS = 7;

/** 'YYYY-MM-01' of the month (UTC) an instant falls in. */
export function monthOf(date: Date): string {
  return `${date.toISOString().slice(0, 7)}-01`;
}

/** The first instant (UTC) of the month after `month` ('YYYY-MM-01'). */
export function monthEnd(month: string): Date {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 1));
}

/** 'YYYY-MM-01' of the month `offset` months from `month`. */
export function shiftMonth(month: string, offset: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(Date.UTC(year, number - 1 + offset, 1)));
}

/** By the end of the month it is for, and never less than MIN_HANDLING_DAYS after assignment. */
export function assignmentDueAt(month: string, assignedAt: Date): Date {
  const end = monthEnd(month).getTime();
  return new Date(Math.max(end, assignedAt.getTime() + MIN_HANDLING_DAYS * DAY));
}
