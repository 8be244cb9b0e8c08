import type { TAnswer, TSurvey } from '@customeric/contracts';
import { SURVEY_KIND_LABELS, type TSurveyKind } from '@customeric/domain';

export const KIND_LABELS: Record<TSurveyKind, string> = SURVEY_KIND_LABELS;

export const STATUS_LABELS: Record<TSurvey['status'], string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

export const STATUS_CLASS: Record<TSurvey['status'], string> = {
  draft: 'status status--pending',
  active: 'status status--ready',
  closed: 'status status--muted',
};

export const VIA_LABELS: Record<TAnswer['via'], string> = {
  link: 'Link',
  api: 'API',
  import: 'Import',
};

/** good / middling / poor, for colouring a score on its own scale. */
export function scoreTone(
  answer: Pick<TAnswer, 'kind' | 'score' | 'npsGroup'>,
  scale?: { min: number; max: number },
): 'good' | 'mid' | 'poor' {
  if (answer.npsGroup)
    return answer.npsGroup === 'promoter' ? 'good' : answer.npsGroup === 'passive' ? 'mid' : 'poor';
  const range = scale ?? (answer.kind === 'ces' ? { min: 1, max: 7 } : { min: 1, max: 5 });
  const share = (answer.score - range.min) / (range.max - range.min);
  return share >= 0.75 ? 'good' : share >= 0.5 ? 'mid' : 'poor';
}

export function formatDay(iso: string | null): string {
  return iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '—';
}
