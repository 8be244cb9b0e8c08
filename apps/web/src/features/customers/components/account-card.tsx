import type { TCustomerOverview } from '@customeric/contracts';
import { RELATIONSHIP_LEVEL_LABELS } from '@customeric/domain';
import { useState } from 'react';
import { CustomerForm } from './customer-form.tsx';
import { formatDay, STATUS_CLASS, STATUS_LABELS } from './customer-labels.ts';

export function AccountCard({
  overview,
  canWrite,
}: {
  overview: TCustomerOverview;
  canWrite: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const { customer } = overview;
  if (editing) return <CustomerForm customer={customer} onClose={() => setEditing(false)} />;
  const rows: [string, string][] = [
    ['Segment', customer.segment ?? '—'],
    ['Relationship', RELATIONSHIP_LEVEL_LABELS[customer.relationshipLevel]],
    ['Owner', customer.ownerName ?? 'nobody yet'],
    ['Customer since', formatDay(customer.startedOn)],
    [
      'External ids',
      customer.externalKeys.map((key) => `${key.source}:${key.externalId}`).join(', ') || '—',
    ],
  ];
  if (customer.status === 'churned') {
    rows.push(
      ['Churned on', formatDay(customer.churnedOn)],
      ['Churn reason', customer.churnReason ?? '—'],
    );
  }
  return (
    <section className="card" aria-labelledby="account-title">
      <div className="section-heading section-heading--tight">
        <h2 id="account-title">
          Account{' '}
          <span className={STATUS_CLASS[customer.status]}>{STATUS_LABELS[customer.status]}</span>
        </h2>
        {canWrite ? (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            Edit
          </button>
        ) : null}
      </div>
      <dl className="account-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="account-facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
