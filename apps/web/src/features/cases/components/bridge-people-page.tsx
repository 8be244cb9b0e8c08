import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { useCurrentSession } from '../../../lib/current-session.ts';
import { useBridgePeople } from '../api/case-bridges.ts';
import { useDepartments } from '../api/lookups.ts';
import { BridgeNetwork } from './bridge-network.tsx';

/** The ranking shows the top of the list: the people to talk to first. */
const SHOWN = 25;
const share = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

/**
 * Bridge people (seed 001: "people who can bridge the gap … identified, cultivated, promoted,
 * and rewarded"): ranked by how much of the collaboration on cross-department cases runs
 * through them, and by such cases they resolved. A department head starts with their own people.
 */
export function BridgePeoplePage() {
  const { user } = useCurrentSession();
  const [departmentId, setDepartmentId] = useState(
    user.role === 'department_head' ? (user.departmentId ?? '') : '',
  );
  const departments = useDepartments();
  const bridges = useBridgePeople(departmentId);
  return (
    <section aria-labelledby="bridges-title">
      <div className="section-heading">
        <h2 id="bridges-title">Bridge people</h2>
        <p className="muted">
          The people to cultivate and reward: colleagues’ work on problems that crossed departments
          runs through them.
          {bridges.data
            ? ` From ${bridges.data.crossCases} such cases opened ${bridges.data.from} to ${bridges.data.to}.`
            : ''}
        </p>
      </div>
      <div className="toolbar">
        <SelectField
          label="People of"
          value={departmentId}
          onChange={(event) => setDepartmentId(event.target.value)}
        >
          <option value="">Every department</option>
          {(departments.data ?? []).map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </SelectField>
      </div>
      {bridges.isPending ? <Loading label="Ranking…" /> : null}
      <ProblemAlert error={bridges.error} title="Bridge people could not be ranked" />
      {bridges.isSuccess && bridges.data.people.length === 0 ? (
        <EmptyState title="Nobody here has worked a cross-department case">
          <p>
            People appear once they own, hand on, receive or comment on a case that moved between
            departments.
          </p>
        </EmptyState>
      ) : null}
      {bridges.isSuccess && bridges.data.people.length > 0 ? (
        <div className="bridges">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Person</th>
                  <th scope="col">Betweenness</th>
                  <th scope="col">Cross-department cases</th>
                  <th scope="col">Resolved</th>
                  <th scope="col">Departments reached</th>
                </tr>
              </thead>
              <tbody>
                {bridges.data.people.slice(0, SHOWN).map((person, index, shown) => (
                  <tr key={person.userId}>
                    <td>{index + 1}</td>
                    <th scope="row">
                      {person.name}
                      {person.departmentName ? (
                        <span className="muted"> · {person.departmentName}</span>
                      ) : null}
                    </th>
                    <td>
                      <span
                        className="share-bar"
                        style={{
                          ['--share' as string]:
                            person.normalized / Math.max(1e-9, shown[0]?.normalized ?? 0),
                        }}
                      >
                        {share.format(person.normalized)}
                      </span>
                    </td>
                    <td>{person.crossCases}</td>
                    <td>{person.resolvedCrossCases}</td>
                    <td>{person.departmentsReached}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {departmentId ? null : <BridgeNetwork data={bridges.data} />}
        </div>
      ) : null}
    </section>
  );
}
