import type { TPromiseBreachView } from '@customeric/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../lib/format.ts';

interface TBreachesTableProps {
  breaches: TPromiseBreachView[];
  selectedId: string | undefined;
  /** The list's query string, kept when a breach opens so closing it returns to the same list. */
  search: string;
  onFilter: (key: string, value: string) => void;
}

export function BreachesTable({ breaches, selectedId, search, onFilter }: TBreachesTableProps) {
  const suffix = search ? `?${search}` : '';
  return (
    <div className="table-wrap">
      <table className="table breaches-table">
        <thead>
          <tr>
            <th scope="col">Detected</th>
            <th scope="col">Promise</th>
            <th scope="col">Customer</th>
            <th scope="col">Accountable</th>
            <th scope="col">Due</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {breaches.map((breach) => (
            <tr
              key={breach.id}
              className={breach.id === selectedId ? 'table__row--selected' : undefined}
            >
              <td className="table__nowrap">
                <Link to={`/promises/breaches/${breach.id}${suffix}`}>
                  {formatDateTime(breach.detectedAt)}
                </Link>
                {breach.withdrawnAt ? (
                  <span className="badge badge--kept">kept by a late event</span>
                ) : null}
              </td>
              <th scope="row">{breach.promiseName}</th>
              <td>
                <Link to={`/customers/${breach.customerId}`}>{breach.customerName}</Link>
                <button
                  type="button"
                  className="link-button cell-sub"
                  onClick={() => onFilter('customerId', breach.customerId)}
                >
                  only this customer
                </button>
              </td>
              <td>
                {breach.accountableDepartmentName ?? '—'}
                {breach.accountableUserName ? (
                  <span className="cell-sub">{breach.accountableUserName}</span>
                ) : null}
              </td>
              <td className="table__nowrap">{breach.dueAt ? formatDateTime(breach.dueAt) : '—'}</td>
              <td>
                {breach.reason}
                <span className="cell-sub">
                  {breach.evidenceEventIds.length}{' '}
                  {breach.evidenceEventIds.length === 1 ? 'event' : 'events'} of evidence
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
