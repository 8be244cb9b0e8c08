import {
  CASE_STATUS_CATEGORIES,
  CASE_STATUS_CATEGORY_LABELS,
  type TCaseStatusCategory,
} from '@customeric/domain';
import { useState } from 'react';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCaseStatuses, useCreateCaseStatus, useUpdateCaseStatus } from '../api/case-settings.ts';
import { OlaTargetsForm } from './ola-targets-form.tsx';

/** The statuses of each group, and each department's target time to hold a case. */
export function CaseSettingsPage() {
  const statuses = useCaseStatuses();
  const create = useCreateCaseStatus();
  const update = useUpdateCaseStatus();
  const [draft, setDraft] = useState({ name: '', category: 'waiting' as TCaseStatusCategory });
  const key = draft.name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return (
    <>
      <section aria-labelledby="statuses-title">
        <div className="section-heading">
          <h2 id="statuses-title">Statuses</h2>
          <p className="muted">
            Each status belongs to a group. Open and waiting cases may move to any open, waiting or
            resolved status; a resolved case may be reopened or closed; a closed case is final.
          </p>
        </div>
        {statuses.isPending ? <Loading /> : null}
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Group</th>
                <th scope="col">Cases now</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {(statuses.data?.items ?? []).map((status) => (
                <tr key={status.key} className={status.archived ? 'table__row--muted' : undefined}>
                  <th scope="row">
                    {status.name}{' '}
                    {status.isInitial ? <span className="tag">new cases start here</span> : null}
                    <span className="cell-sub">{status.key}</span>
                  </th>
                  <td>{CASE_STATUS_CATEGORY_LABELS[status.category]}</td>
                  <td>{status.caseCount}</td>
                  <td>
                    {!status.isInitial ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          update.mutate({
                            key: status.key,
                            request: { archived: !status.archived },
                          })
                        }
                      >
                        {status.archived ? 'Use again' : 'Archive'}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ProblemAlert error={update.error} title="The status was not changed" />
        <form
          className="toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(
              { key, name: draft.name.trim(), category: draft.category },
              { onSuccess: () => setDraft({ ...draft, name: '' }) },
            );
          }}
        >
          <label className="toolbar__field">
            <span className="toolbar__label">New status</span>
            <input
              className="input"
              value={draft.name}
              onChange={(event) => setDraft({ ...draft, name: event.target.value })}
              placeholder="e.g. Waiting for parts"
            />
          </label>
          <label className="toolbar__field toolbar__field--narrow">
            <span className="toolbar__label">Group</span>
            <select
              className="input"
              value={draft.category}
              onChange={(event) =>
                setDraft({ ...draft, category: event.target.value as TCaseStatusCategory })
              }
            >
              {CASE_STATUS_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {CASE_STATUS_CATEGORY_LABELS[category]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={!key || create.isPending}>
            Add status
          </button>
        </form>
        <ProblemAlert error={create.error} title="The status was not added" />
      </section>
      <OlaTargetsForm />
    </>
  );
}
