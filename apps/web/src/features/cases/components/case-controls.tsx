import type { TCaseDetail } from '@customeric/contracts';
import { CASE_PRIORITIES, CASE_PRIORITY_LABELS, type TCasePriority } from '@customeric/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useTransitionCase, useUpdateCase } from '../api/change-case.ts';
import { CASES_QUERY_KEY } from '../api/query-keys.ts';
import { HandoffDialog } from './handoff-dialog.tsx';
import { PersonPicker } from './person-picker.tsx';

/** Someone changed the case meanwhile: say so, and offer to load their change. */
function ConflictAlert({ error }: { error: unknown }) {
  const queryClient = useQueryClient();
  if (!isApiError(error) || error.code !== 'edit_conflict')
    return <ProblemAlert error={error} title="The case was not changed" />;
  return (
    <div className="alert alert--warning" role="alert">
      <p className="alert__title">Someone else changed this case first</p>
      <p className="alert__detail">
        Your change was not saved, and theirs is kept. Load the case as it is now, then make yours
        again.
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => queryClient.invalidateQueries({ queryKey: CASES_QUERY_KEY })}
      >
        Load their change
      </button>
    </div>
  );
}

/** Status, priority, owner, front owner and the handoff of a case. */
export function CaseControls({ detail, canWrite }: { detail: TCaseDetail; canWrite: boolean }) {
  const { case: theCase, allowedTransitions } = detail;
  const update = useUpdateCase(theCase.id);
  const transition = useTransitionCase(theCase.id);
  const [to, setTo] = useState('');
  const [rootCause, setRootCause] = useState(theCase.rootCause ?? '');
  const [handingOff, setHandingOff] = useState(false);
  const target = allowedTransitions.find((status) => status.key === to);
  const needsCause = target?.category === 'resolved';
  const change = (fields: Record<string, unknown>) =>
    update.mutate({ ...fields, version: theCase.version });
  const closed = theCase.statusCategory === 'resolved' || theCase.statusCategory === 'closed';
  if (!canWrite) return null;
  return (
    <section className="case-controls" aria-label="Work the case">
      <form
        className="case-controls__status"
        onSubmit={(event) => {
          event.preventDefault();
          transition.mutate(
            {
              to,
              ...(needsCause ? { rootCause: rootCause.trim() } : {}),
              version: theCase.version,
            },
            { onSuccess: () => setTo('') },
          );
        }}
      >
        <label className="toolbar__field toolbar__field--narrow">
          <span className="toolbar__label">Move to</span>
          <select className="input" value={to} onChange={(event) => setTo(event.target.value)}>
            <option value="">
              {allowedTransitions.length === 0 ? 'Closed: final' : 'Choose a status…'}
            </option>
            {allowedTransitions.map((status) => (
              <option key={status.key} value={status.key}>
                {status.name}
              </option>
            ))}
          </select>
        </label>
        {needsCause ? (
          <label className="toolbar__field">
            <span className="toolbar__label">Root cause</span>
            <input
              className="input"
              required
              value={rootCause}
              onChange={(event) => setRootCause(event.target.value)}
              placeholder="Why did it happen?"
            />
          </label>
        ) : null}
        <button
          type="submit"
          className="button button--primary"
          disabled={!to || transition.isPending || (needsCause && !rootCause.trim())}
        >
          {needsCause ? 'Resolve' : 'Move'}
        </button>
      </form>
      <div className="case-controls__row">
        <label className="toolbar__field toolbar__field--narrow">
          <span className="toolbar__label">Priority</span>
          <select
            className="input"
            value={theCase.priority}
            onChange={(event) => change({ priority: event.target.value as TCasePriority })}
          >
            {CASE_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {CASE_PRIORITY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <PersonPicker
          label="Owner"
          value={theCase.ownerUserId}
          valueName={theCase.ownerName}
          departmentId={theCase.departmentId}
          onChange={(id) => change({ ownerUserId: id })}
          noneLabel="Unassigned"
        />
        <PersonPicker
          label="Customer contact"
          value={theCase.frontOwnerUserId}
          valueName={theCase.frontOwnerName}
          onChange={(id) => change({ frontOwnerUserId: id })}
          noneLabel="Nobody"
        />
        {!closed ? (
          <button type="button" className="button" onClick={() => setHandingOff(true)}>
            Hand off…
          </button>
        ) : null}
      </div>
      {update.error ? <ConflictAlert error={update.error} /> : null}
      {transition.error ? <ConflictAlert error={transition.error} /> : null}
      {handingOff ? <HandoffDialog theCase={theCase} onClose={() => setHandingOff(false)} /> : null}
    </section>
  );
}
