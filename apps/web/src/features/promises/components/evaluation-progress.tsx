import { useEvaluation } from '../api/get-evaluation.ts';
import { formatCount } from '../format.ts';

interface TEvaluationProgressProps {
  promiseId: string;
  evaluationId: string;
}

/** The replay of history after a rule changed, as a progress bar that follows the job. */
export function EvaluationProgress({ promiseId, evaluationId }: TEvaluationProgressProps) {
  const evaluation = useEvaluation(promiseId, evaluationId);
  const data = evaluation.data;
  if (!data) return <p className="muted">Re-evaluating the history of this promise…</p>;
  if (data.status === 'failed')
    return (
      <p className="evaluation evaluation--failed">
        Re-evaluating history failed{data.error ? `: ${data.error}` : ''}. The compliance shown may
        be out of date.
      </p>
    );
  const total = data.total ?? 0;
  const fraction = data.status === 'succeeded' ? 1 : total > 0 ? data.processed / total : 0;
  const text =
    data.status === 'succeeded'
      ? `History re-evaluated: ${formatCount(data.processed)} subjects replayed.`
      : data.status === 'queued'
        ? 'Re-evaluation of history is queued…'
        : `Re-evaluating history: ${formatCount(data.processed)} of ${data.total === null ? '…' : formatCount(total)} subjects`;
  return (
    <div className="evaluation">
      <label className="evaluation__label" htmlFor={`evaluation-${evaluationId}`}>
        {text}
      </label>
      <progress
        id={`evaluation-${evaluationId}`}
        className="evaluation__bar"
        max={1}
        value={fraction}
        aria-valuetext={`${Math.round(fraction * 100)} %`}
      />
    </div>
  );
}
