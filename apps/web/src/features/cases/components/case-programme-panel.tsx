import { ZRecordHandlingRequest } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useCaseProgramme, useRecordHandling } from '../api/case-programme.ts';
import { formatDay } from '../case-labels.ts';
import {
  ASSIGNMENT_STATE_LABELS,
  asSentence,
  assignmentState,
  describeReasons,
  formatMonth,
} from '../programme-labels.ts';

function HandlingForm({ caseId, isAssignee }: { caseId: string; isAssignee: boolean }) {
  const record = useRecordHandling(caseId);
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZRecordHandlingRequest.safeParse({ notes });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    record.mutate(parsed.data, { onSuccess: () => setNotes('') });
  };
  return (
    <form className="form programme-handling" onSubmit={submit}>
      <label className={error ? 'field field--invalid' : 'field'}>
        <span className="field__label">
          {isAssignee
            ? 'What you did and what you learned'
            : 'Handled it yourself? Say what you did and learned'}
        </span>
        <textarea
          className="input"
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          aria-invalid={error ? true : undefined}
        />
        {error ? <span className="field__error">{asSentence(error)}</span> : null}
      </label>
      <ProblemAlert error={record.error} title="The handling was not recorded" />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={record.isPending}>
          {isAssignee ? 'Mark handled' : 'Record it'}
        </button>
      </div>
    </form>
  );
}

/** The executive programme on this case: who it was given to, and who handled it personally. */
export function CaseProgrammePanel({ caseId }: { caseId: string }) {
  const programme = useCaseProgramme(caseId);
  const canHandle = useCan('cases.programme.write');
  const me = useCurrentSession().user.id;
  if (!programme.isSuccess) return null;
  const { assignment, handlings } = programme.data;
  const handledByMe = handlings.some((handling) => handling.userId === me);
  if (!assignment && handlings.length === 0 && !canHandle) return null;
  return (
    <section aria-labelledby="programme-title" className="card case-programme">
      <div className="section-heading">
        <h2 id="programme-title">Handled personally</h2>
        <p className="muted">
          {assignment
            ? `Given to ${assignment.executiveName} for ${formatMonth(assignment.month)} (${describeReasons(assignment.reasons)}), due ${formatDay(assignment.dueAt)}.`
            : 'Not part of the executive programme; anyone leading may still handle it personally.'}
        </p>
      </div>
      {assignment ? (
        <p>
          <span className={`programme-state programme-state--${assignmentState(assignment)}`}>
            {ASSIGNMENT_STATE_LABELS[assignmentState(assignment)]}
          </span>
        </p>
      ) : null}
      {handlings.length > 0 ? (
        <ul className="handlings">
          {handlings.map((handling) => (
            <li key={handling.id}>
              <strong>{handling.userName}</strong> ·{' '}
              <time dateTime={handling.handledAt}>{formatDateTime(handling.handledAt)}</time>
              <p>{handling.notes}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canHandle && !handledByMe ? (
        assignment?.executiveUserId === me ? (
          <HandlingForm caseId={caseId} isAssignee />
        ) : (
          <details className="programme-handling__more">
            <summary>I handled this complaint personally…</summary>
            <HandlingForm caseId={caseId} isAssignee={false} />
          </details>
        )
      ) : null}
    </section>
  );
}
