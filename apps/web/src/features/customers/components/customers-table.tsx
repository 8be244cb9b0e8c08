import type { TCustomer } from '@customeric/contracts';
import { Link } from 'react-router';
import { formatDay, LEVEL_LABELS, STATUS_CLASS, STATUS_LABELS } from './customer-labels.ts';

export function CustomersTable({ customers }: { customers: readonly TCustomer[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Customer</th>
            <th scope="col">Segment</th>
            <th scope="col">Relationship</th>
            <th scope="col">Status</th>
            <th scope="col">Owner</th>
            <th scope="col">External ids</th>
          </tr>
        </thead>
        <tbody>
          {customers.map((customer) => (
            <tr
              key={customer.id}
              className={customer.status === 'churned' ? 'table__row--muted' : undefined}
            >
              <th scope="row">
                <Link to={`/customers/${customer.id}`}>{customer.name}</Link>
              </th>
              <td>{customer.segment ?? '—'}</td>
              <td>{LEVEL_LABELS[customer.relationshipLevel]}</td>
              <td>
                <span className={STATUS_CLASS[customer.status]}>
                  {STATUS_LABELS[customer.status]}
                </span>
                {customer.churnedOn ? (
                  <span className="muted"> since {formatDay(customer.churnedOn)}</span>
                ) : null}
              </td>
              <td>{customer.ownerName ?? '—'}</td>
              <td className="muted">
                {customer.externalKeys.map((key) => `${key.source}:${key.externalId}`).join(', ') ||
                  '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
