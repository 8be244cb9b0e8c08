import type { TInvitation } from '@customeric/contracts';
import { useState } from 'react';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useInvitations } from '../api/invitations.ts';

const STATUS = { open: 'Open', answered: 'Answered', expired: 'Expired' } as const;
const STATUS_CLASS = {
  open: 'status status--pending',
  answered: 'status status--ready',
  expired: 'status status--muted',
} as const;

/** Who was invited to the survey, and whether they opened the link and answered. */
export function InvitationsTable({ surveyId }: { surveyId: string }) {
  const [status, setStatus] = useState<TInvitation['status'] | ''>('');
  const invitations = useInvitations(surveyId, status || undefined);
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="invitations-title">
      <div className="section-heading">
        <h2 id="invitations-title">Invitations</h2>
        <label className="toolbar__field">
          <span className="toolbar__label">Show</span>
          <select
            className="input"
            value={status}
            onChange={(event) => setStatus(event.target.value as TInvitation['status'] | '')}
          >
            <option value="">All</option>
            {Object.entries(STATUS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemAlert error={invitations.error} title="The invitations could not be loaded" />
      {invitations.isSuccess && items.length === 0 ? (
        <p className="muted">Nobody invited{status ? ' in this state' : ''} yet.</p>
      ) : null}
      {items.length > 0 ? (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Contact</th>
                  <th scope="col">Sent</th>
                  <th scope="col">Opened</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id}>
                    <th scope="row">{item.customerName}</th>
                    <td>
                      {item.contactName}
                      {item.email ? <span className="cell-sub">{item.email}</span> : null}
                    </td>
                    <td className="table__nowrap">{formatDateTime(item.sentAt)}</td>
                    <td className="table__nowrap">
                      {item.openedAt ? formatDateTime(item.openedAt) : '—'}
                    </td>
                    <td>
                      <span className={STATUS_CLASS[item.status]}>{STATUS[item.status]}</span>
                      <span className="cell-sub">
                        {item.answeredAt
                          ? formatDateTime(item.answeredAt)
                          : `until ${formatDateTime(item.expiresAt)}`}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore
            hasNextPage={invitations.hasNextPage}
            isFetchingNextPage={invitations.isFetchingNextPage}
            onLoadMore={() => invitations.fetchNextPage()}
            shown={items.length}
            nouns={['invitation', 'invitations']}
          />
        </>
      ) : null}
    </section>
  );
}
