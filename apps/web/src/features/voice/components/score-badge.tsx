import type { TAnswer } from '@customeric/contracts';
import { scoreTone } from '../voice-labels.ts';

const GROUP_LABELS = { promoter: 'promoter', passive: 'passive', detractor: 'detractor' } as const;

/** A score with its colour and, for NPS, its group in words (colour is never the only cue). */
export function ScoreBadge({ answer }: { answer: Pick<TAnswer, 'kind' | 'score' | 'npsGroup'> }) {
  const tone = scoreTone(answer);
  return (
    <span className={`score-badge score-badge--${tone}`}>
      <strong>{answer.score}</strong>{' '}
      {answer.npsGroup ? (
        <span className="score-badge__group">{GROUP_LABELS[answer.npsGroup]}</span>
      ) : null}
    </span>
  );
}
