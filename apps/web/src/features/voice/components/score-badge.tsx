import type { TAnswer } from '@customeric/contracts';
import { scoreTone } from '../voice-labels.ts';

const GROUP_LABELS = { promoter: 'promoter', passive: 'passive', detractor: 'detractor' } as const;

/** A bare "4" says nothing: CSAT is out of 5, CES out of 7 (custom scales vary). */
const SCALE_TOPS: Partial<Record<TAnswer['kind'], number>> = { csat: 5, ces: 7 };

/** A score with its colour and, for NPS, its group in words (else its scale) (colour is never the only cue). */
export function ScoreBadge({ answer }: { answer: Pick<TAnswer, 'kind' | 'score' | 'npsGroup'> }) {
  const tone = scoreTone(answer);
  return (
    <span className={`score-badge score-badge--${tone}`}>
      <strong>{answer.score}</strong>{' '}
      {answer.npsGroup ? (
        <span className="score-badge__group">{GROUP_LABELS[answer.npsGroup]}</span>
      ) : SCALE_TOPS[answer.kind] ? (
        <span className="score-badge__group">of {SCALE_TOPS[answer.kind]}</span>
      ) : null}
    </span>
  );
}
