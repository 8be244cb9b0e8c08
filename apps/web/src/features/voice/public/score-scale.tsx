import { scalePoints } from '@customeric/domain';
import { forwardRef, useId } from 'react';

interface TScoreScaleProps {
  legend: string;
  name: string;
  min: number;
  max: number;
  lowLabel: string;
  highLabel: string;
  value: number | null;
  onChange: (value: number) => void;
  error?: string | null;
  required?: boolean;
}

/**
 * A real radio group: one native radio per point inside a fieldset whose legend is the
 * question. Tab reaches the group, the arrow keys move the choice, Space picks, and screen
 * readers announce "3 of 11" with the meaning of the ends.
 */
export const ScoreScale = forwardRef<HTMLFieldSetElement, TScoreScaleProps>(function ScoreScale(
  { legend, name, min, max, lowLabel, highLabel, value, onChange, error, required },
  ref,
) {
  const id = useId();
  const points = scalePoints({ min, max });
  const ends = `${id}-ends`;
  return (
    <fieldset
      ref={ref}
      className={`score-scale${error ? ' score-scale--invalid' : ''}`}
      aria-describedby={error ? `${ends} ${id}-error` : ends}
    >
      <legend className="score-scale__legend" id={`${id}-legend`}>
        {legend}
      </legend>
      <div
        className={`score-scale__points score-scale__points--${points.length > 7 ? 'wide' : 'narrow'}`}
      >
        {points.map((point) => (
          <label key={point} className="score-scale__point">
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              required={required}
              onChange={() => onChange(point)}
            />
            <span className="score-scale__box">
              {point}
              {point === min ? <span className="visually-hidden"> — {lowLabel}</span> : null}
              {point === max ? <span className="visually-hidden"> — {highLabel}</span> : null}
            </span>
          </label>
        ))}
      </div>
      <p className="score-scale__ends" id={ends}>
        <span>
          {min} = {lowLabel}
        </span>
        <span>
          {max} = {highLabel}
        </span>
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
});
