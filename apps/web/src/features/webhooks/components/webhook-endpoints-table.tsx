import type { TWebhookEndpoint } from '@customeric/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';

function EndpointState({ endpoint }: { endpoint: TWebhookEndpoint }) {
  if (!endpoint.enabled)
    return <span className="delivery-status delivery-status--dead">Disabled</span>;
  if (endpoint.consecutiveFailures > 0)
    return (
      <span className="delivery-status delivery-status--failed">
        Failing
        {endpoint.consecutiveFailures > 1 ? ` (${endpoint.consecutiveFailures} in a row)` : ''}
      </span>
    );
  return <span className="delivery-status delivery-status--succeeded">Healthy</span>;
}

export function WebhookEndpointsTable({ endpoints }: { endpoints: readonly TWebhookEndpoint[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Endpoint</th>
            <th scope="col">Event types</th>
            <th scope="col">State</th>
            <th scope="col" className="webhook-count">
              Delivered
            </th>
            <th scope="col" className="webhook-count">
              Retrying
            </th>
            <th scope="col" className="webhook-count">
              Gave up
            </th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} className={endpoint.enabled ? undefined : 'table__row--muted'}>
              <th scope="row">
                <Link to={endpoint.id} className="webhook-url">
                  {endpoint.url}
                </Link>
                {endpoint.description ? <div className="muted">{endpoint.description}</div> : null}
              </th>
              <td>
                {endpoint.eventTypes.length === 0 ? (
                  <span className="muted">All types</span>
                ) : (
                  <ul className="chip-list">
                    {endpoint.eventTypes.map((type) => (
                      <li key={type} className="chip">
                        {type}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <EndpointState endpoint={endpoint} />
              </td>
              <td className="webhook-count">{endpoint.deliveries.succeeded.toLocaleString()}</td>
              <td className="webhook-count">
                {(endpoint.deliveries.failed + endpoint.deliveries.pending).toLocaleString()}
              </td>
              <td className="webhook-count">{endpoint.deliveries.dead.toLocaleString()}</td>
              <td className="table__nowrap">{formatDateTime(endpoint.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
