import type { TScoreTable } from '@customeric/contracts';
import { SCORE_KIND_UNITS, type TScoreKind } from '@customeric/domain';

export const KIND_OPTIONS: [TScoreKind, string][] = [
  ['nps', 'NPS'],
  ['csat', 'CSAT (top-2-box)'],
  ['ces', 'CES (1–7)'],
];

export const DIMENSION_OPTIONS: [NonNullable<TScoreTable['by']>, string][] = [
  ['department', 'Department'],
  ['stage', 'Stage'],
  ['value_chain', 'Value chain'],
  ['segment', 'Segment'],
  ['relationship_level', 'Relationship level'],
];

const DIGITS: Record<TScoreKind, number> = { nps: 0, csat: 1, ces: 2 };

/** A score in its unit: NPS points with a sign, CSAT as %, CES on its 1–7 scale. */
export function formatScore(kind: TScoreKind, value: number): string {
  const text = Math.abs(value).toFixed(DIGITS[kind]);
  const signed = value < 0 && Number(text) !== 0 ? `−${text}` : text;
  return kind === 'csat' ? `${signed} %` : signed;
}

/** A change with its sign: +5, −12.3 pp. */
export function formatChange(kind: TScoreKind, delta: number): string {
  const text = Math.abs(delta).toFixed(DIGITS[kind]);
  const sign = Number(text) === 0 ? '±' : delta < 0 ? '−' : '+';
  return `${sign}${text}${kind === 'csat' ? ' pp' : ''}`;
}

export function formatPValue(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

export function scaleOf(kind: TScoreKind) {
  return SCORE_KIND_UNITS[kind];
}

export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/**
 * The table from its first period with answers: a young organisation's empty quarters say
 * nothing; the number left out is returned so the page can say so.
 */
export function trimLeadingEmpty(table: TScoreTable): { table: TScoreTable; hidden: number } {
  const first = table.total.cells.findIndex((cell) => cell.n > 0);
  if (first <= 0) return { table, hidden: 0 };
  const cut = <T>(items: readonly T[]) => items.slice(first);
  return {
    hidden: first,
    table: {
      ...table,
      periods: cut(table.periods),
      total: { ...table.total, cells: cut(table.total.cells) },
      groups: table.groups.map((group) => ({ ...group, cells: cut(group.cells) })),
    },
  };
}

/** Whether a period (its `end` is the day after it) is still running: its figures will move. */
export function isRunning(period: { end: string }, today = new Date()): boolean {
  return period.end > today.toISOString().slice(0, 10);
}

/** A period's name, marked while it is still running. */
export function periodLabel(period: { label: string; end: string }): string {
  return isRunning(period) ? `${period.label} (so far)` : period.label;
}
