import type { TProgrammeAssignment } from '@customeric/contracts';
import { Link } from 'react-router';
import { formatDay } from '../case-labels.ts';
import { ASSIGNMENT_STATE_LABELS, assignmentState, describeReasons } from '../programme-labels.ts';

/** Assignments as a table: the complaint, why it was picked, for whom, by when, and its state. */
export function ProgrammeAssignments({
  items,
  showExecutive,
}: {
  items: readonly TProgrammeAssignment[];
  showExecutive: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Complaint</th>
            {showExecutive ? <th scope="col">Executive</th> : null}
            <th scope="col">Held by</th>
            <th scope="col">Why picked</th>
            <th scope="col">Due</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const state = assignmentState(item);
            return (
              <tr key={item.id} className={state === 'overdue' ? 'row--overdue' : undefined}>
                <th scope="row">
                  <Link to={`/cases/${item.caseId}`}>{item.caseSubject}</Link>
                  <span className="muted"> · {item.customerName}</span>
                </th>
                {showExecutive ? <td>{item.executiveName}</td> : null}
                <td>{item.departmentName ?? 'Not placed'}</td>
                <td>{describeReasons(item.reasons)}</td>
                <td>{formatDay(item.dueAt)}</td>
                <td>
                  <span className={`programme-state programme-state--${state}`}>
                    {ASSIGNMENT_STATE_LABELS[state]}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
