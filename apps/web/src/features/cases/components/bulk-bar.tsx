import type { TBulkCaseAction, TCase } from '@customeric/contracts';
import { CASE_PRIORITIES, CASE_PRIORITY_LABELS } from '@customeric/domain';
import { useState } from 'react';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useCaseStatuses } from '../api/case-settings.ts';
import { useBulkUpdateCases } from '../api/change-case.ts';
import { PersonPicker } from './person-picker.tsx';

interface TBulkBarProps {
  selected: readonly TCase[];
  onDone: () => void;
}

/** The problem's errors name cases by their place in the request: show their subjects. */
function PerCaseErrors({
  error,
  ids,
  cases,
}: {
  error: unknown;
  ids: string[];
  cases: readonly TCase[];
}) {
  if (!isApiError(error) || !error.problem.errors) return null;
  return (
    <ul className="bullet-list">
      {error.problem.errors.map((entry) => {
        const index = Number(entry.pointer.split('/')[2]);
        const subject = cases.find((one) => one.id === ids[index])?.subject ?? entry.pointer;
        return (
          <li key={entry.pointer}>
            {entry.message.startsWith(subject) ? entry.message : `${subject}: ${entry.message}`}
          </li>
        );
      })}
    </ul>
  );
}

/** One action on every selected case; all or nothing. */
export function BulkBar({ selected, onDone }: TBulkBarProps) {
  const bulk = useBulkUpdateCases();
  const statuses = useCaseStatuses();
  const [kind, setKind] = useState<TBulkCaseAction['kind']>('assign');
  const [owner, setOwner] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [priority, setPriority] = useState<(typeof CASE_PRIORITIES)[number]>('high');
  const [ids, setIds] = useState<string[]>([]);
  const target = (statuses.data?.items ?? []).find((one) => one.key === status);
  const apply = () => {
    const action: TBulkCaseAction =
      kind === 'assign'
        ? { kind, ownerUserId: owner }
        : kind === 'priority'
          ? { kind, priority }
          : { kind, to: status, ...(rootCause.trim() ? { rootCause: rootCause.trim() } : {}) };
    const request = { ids: selected.map((one) => one.id), action };
    setIds(request.ids);
    bulk.mutate(request, { onSuccess: onDone });
  };
  return (
    <section className="bulk-bar" aria-label="Change the selected cases">
      <strong>{selected.length} selected</strong>
      <label className="toolbar__field toolbar__field--narrow">
        <span className="toolbar__label">Action</span>
        <select
          className="input"
          value={kind}
          onChange={(event) => setKind(event.target.value as TBulkCaseAction['kind'])}
        >
          <option value="assign">Assign to</option>
          <option value="status">Move to status</option>
          <option value="priority">Set priority</option>
        </select>
      </label>
      {kind === 'assign' ? (
        <PersonPicker
          label="New owner"
          value={owner}
          onChange={(id) => setOwner(id)}
          noneLabel="Nobody (unassign)"
        />
      ) : null}
      {kind === 'status' ? (
        <label className="toolbar__field toolbar__field--narrow">
          <span className="toolbar__label">Status</span>
          <select
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          >
            <option value="">Choose…</option>
            {(statuses.data?.items ?? [])
              .filter((one) => !one.archived)
              .map((one) => (
                <option key={one.key} value={one.key}>
                  {one.name}
                </option>
              ))}
          </select>
        </label>
      ) : null}
      {kind === 'status' && target?.category === 'resolved' ? (
        <label className="toolbar__field">
          <span className="toolbar__label">Root cause</span>
          <input
            className="input"
            value={rootCause}
            onChange={(event) => setRootCause(event.target.value)}
          />
        </label>
      ) : null}
      {kind === 'priority' ? (
        <label className="toolbar__field toolbar__field--narrow">
          <span className="toolbar__label">Priority</span>
          <select
            className="input"
            value={priority}
            onChange={(event) => setPriority(event.target.value as typeof priority)}
          >
            {CASE_PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {CASE_PRIORITY_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        disabled={bulk.isPending || (kind === 'status' && !status)}
        onClick={apply}
      >
        {bulk.isPending ? 'Working…' : `Apply to ${selected.length}`}
      </button>
      {bulk.error ? (
        <div className="bulk-bar__errors">
          <ProblemAlert error={bulk.error} title="Nothing was changed" />
          <PerCaseErrors error={bulk.error} ids={ids} cases={selected} />
        </div>
      ) : null}
    </section>
  );
}
