import { type TCaseFollowUp, ZCloseFollowUpRequest } from '@customeric/contracts';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/ui/field.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import {
  getIssueFieldErrors,
  getProblemFieldErrors,
  type TFieldErrors,
} from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useCaseFollowUp, useCloseFollowUp } from '../api/case-follow-up.ts';
import { asSentence } from '../programme-labels.ts';

const KIND = { nps: 'NPS', csat: 'CSAT', ces: 'CES' } as Record<string, string>;

function CloseLoopForm({ caseId }: { caseId: string }) {
  const close = useCloseFollowUp(caseId);
  const today = new Date().toISOString().slice(0, 10);
  const [form, setForm] = useState({
    actionTaken: '',
    rootCause: '',
    contacted: true,
    contactedOn: today,
  });
  const [errors, setErrors] = useState<TFieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZCloseFollowUpRequest.safeParse({
      actionTaken: form.actionTaken,
      rootCause: form.rootCause,
      customerContacted: form.contacted,
      contactedOn: form.contacted ? form.contactedOn || null : null,
    });
    if (!parsed.success) return setErrors(getIssueFieldErrors(parsed.error.issues));
    setErrors({});
    close.mutate(parsed.data, {
      onError: (error) => isApiError(error) && setErrors(getProblemFieldErrors(error.problem)),
    });
  };
  return (
    <form className="form" onSubmit={submit} aria-label="Close the loop">
      <label className={errors.actionTaken ? 'field field--invalid' : 'field'}>
        <span className="field__label">What was done</span>
        <textarea
          className="input"
          rows={3}
          value={form.actionTaken}
          onChange={(event) => setForm({ ...form, actionTaken: event.target.value })}
        />
        {errors.actionTaken ? (
          <span className="field__error">{asSentence(errors.actionTaken)}</span>
        ) : null}
      </label>
      <TextField
        label="What caused it"
        value={form.rootCause}
        error={errors.rootCause}
        onChange={(event) => setForm({ ...form, rootCause: event.target.value })}
      />
      <div className="form__row">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.contacted}
            onChange={(event) => setForm({ ...form, contacted: event.target.checked })}
          />
          The customer was contacted
        </label>
        {form.contacted ? (
          <TextField
            label="On"
            type="date"
            max={today}
            value={form.contactedOn}
            error={errors.contactedOn}
            onChange={(event) => setForm({ ...form, contactedOn: event.target.value })}
          />
        ) : null}
      </div>
      <ProblemAlert error={close.error} title="The loop was not closed" />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={close.isPending}>
          Close the loop
        </button>
      </div>
    </form>
  );
}

function Closed({ followUp }: { followUp: TCaseFollowUp }) {
  return (
    <dl className="facts">
      <dt>What was done</dt>
      <dd>{followUp.actionTaken}</dd>
      <dt>Customer contacted</dt>
      <dd>
        {followUp.customerContacted
          ? `Yes${followUp.contactedOn ? `, on ${followUp.contactedOn}` : ''}`
          : 'No'}
      </dd>
      <dt>Closed</dt>
      <dd>
        {formatDateTime(followUp.closedAt)}
        {followUp.closedByName ? ` by ${followUp.closedByName}` : ''}
      </dd>
    </dl>
  );
}

/** The closed loop of a case opened from a detractor's answer. */
export function CaseFollowUpPanel({ caseId }: { caseId: string }) {
  const followUp = useCaseFollowUp(caseId);
  const canWrite = useCan('cases.write');
  const data = followUp.data;
  if (!data) return null;
  return (
    <section aria-labelledby="follow-up-title" className="card case-follow-up">
      <div className="section-heading">
        <h2 id="follow-up-title">Closed loop</h2>
        <p className="muted">
          A detractor answered {KIND[data.surveyKind] ?? 'a survey'} {data.score}
          {data.closedAt
            ? '; the loop is closed.'
            : ': call them back, fix it, and say what was done.'}
        </p>
      </div>
      {data.comment ? (
        <blockquote className="follow-up__comment">“{data.comment}”</blockquote>
      ) : null}
      {data.closedAt ? (
        <Closed followUp={data} />
      ) : canWrite ? (
        <CloseLoopForm caseId={caseId} />
      ) : null}
    </section>
  );
}
