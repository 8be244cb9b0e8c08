import type { TCreateInvitationsResult } from '@customeric/contracts';
import { SKIP_REASONS } from '@customeric/domain';
import { formatDay } from '../voice-labels.ts';

/** Who got a link (shown this once) and who was left out, each with the reason. */
export function InvitationResult({ result }: { result: TCreateInvitationsResult }) {
  return (
    <div className="voice-invite-result" role="status">
      <p className="alert__title">
        {result.dryRun ? 'Would invite' : 'Invited'} {result.invited.length}; left out{' '}
        {result.skipped.length}
        <span className="muted">
          {' '}
          — at most one invitation every {result.recontactDays} days per contact
        </span>
      </p>
      {result.invited.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">
              {result.dryRun ? 'Would be invited' : 'Invited'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Contact</th>
                <th scope="col">
                  {result.dryRun ? 'Link valid until' : 'Answer link (shown once)'}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.invited.map((entry) => (
                <tr key={entry.contactId}>
                  <th scope="row">{entry.customerName}</th>
                  <td>
                    {entry.contactName}
                    {entry.email ? <span className="cell-sub">{entry.email}</span> : null}
                  </td>
                  <td className="voice-link-cell">
                    {entry.link ? (
                      <a href={entry.link} target="_blank" rel="noreferrer">
                        {entry.link}
                      </a>
                    ) : (
                      formatDay(entry.expiresAt)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {result.skipped.length > 0 ? (
        <>
          <h3>Left out, and why</h3>
          <ul className="voice-skipped">
            {result.skipped.map((entry) => (
              <li key={`${entry.customerId}-${entry.contactId ?? ''}`}>
                <strong>{entry.customerName}</strong>
                {entry.contactName ? ` (${entry.contactName})` : ''} {SKIP_REASONS[entry.reason]}:{' '}
                {entry.detail}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
