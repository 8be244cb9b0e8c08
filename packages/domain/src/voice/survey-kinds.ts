/**
 * The kinds of survey the voice module asks, with the scale of their one score question.
 * NPS 0–10 ("how likely to recommend"), CSAT 1–5 (top-2-box is 4 and 5), CES 1–7 (agreement
 * with "made it easy": higher is easier). A custom survey chooses its own scale.
 */
export const SURVEY_KINDS = ['nps', 'csat', 'ces', 'custom'] as const;
export type TSurveyKind = (typeof SURVEY_KINDS)[number];

export const SURVEY_STATUSES = ['draft', 'active', 'closed'] as const;
export type TSurveyStatus = (typeof SURVEY_STATUSES)[number];

export interface TScoreScale {
  min: number;
  max: number;
  /** What the lowest and highest points mean, shown at the ends of the scale. */
  lowLabel: string;
  highLabel: string;
}

export const SURVEY_KIND_LABELS: Record<TSurveyKind, string> = {
  nps: 'NPS (0–10)',
  csat: 'CSAT (1–5)',
  ces: 'CES (1–7)',
  custom: 'Custom scale',
};

export const FIXED_SCALES: Record<Exclude<TSurveyKind, 'custom'>, TScoreScale> = {
  nps: { min: 0, max: 10, lowLabel: 'Not at all likely', highLabel: 'Extremely likely' },
  csat: { min: 1, max: 5, lowLabel: 'Very dissatisfied', highLabel: 'Very satisfied' },
  ces: { min: 1, max: 7, lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' },
};

/** A custom scale: whole points from min to max, at most eleven of them (like 0–10). */
export const CUSTOM_SCALE_LIMITS = { lowest: 0, highest: 10, minPoints: 2 } as const;

/** Questions a new survey starts from; {organization} becomes the organisation's name. */
export const DEFAULT_QUESTIONS: Record<TSurveyKind, string> = {
  nps: 'How likely are you to recommend {organization} to a friend or colleague?',
  csat: 'How satisfied are you with {organization}?',
  ces: '{organization} made it easy for me to handle my request.',
  custom: 'How would you rate {organization}?',
};

export type TNpsGroup = 'promoter' | 'passive' | 'detractor';

/** NPS groups: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export function npsGroupOf(score: number): TNpsGroup {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

/** Every whole point of a scale, lowest first. */
export function scalePoints(scale: Pick<TScoreScale, 'min' | 'max'>): number[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
}

/** Language tags as answers carry them: `en`, `de`, `pt-br` (lower case). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/;
