/**
 * Who counts as a detractor for the closed loop, by kind of survey: NPS 0–6 (the standard
 * detractors), CSAT 1–2 of 5 (dissatisfied), CES 1–3 of 7 (found it hard); a custom scale in
 * its lowest 30 %. `highestDetractorScore` gives the bound the database query uses.
 */
const FIXED: Record<'nps' | 'csat' | 'ces', number> = { nps: 6, csat: 2, ces: 3 };

export function highestDetractorScore(kind: string, scale: { min: number; max: number }): number {
  if (kind === 'nps' || kind === 'csat' || kind === 'ces') return FIXED[kind];
  return Math.floor(scale.min + (scale.max - scale.min) * 0.3);
}

export function isDetractorScore(
  kind: string,
  score: number,
  scale: { min: number; max: number },
): boolean {
  return score <= highestDetractorScore(kind, scale);
}

/** How long after an answer a follow-up still makes sense; older answers open nothing. */
export const FOLLOW_UP_WINDOW_DAYS = 14;
