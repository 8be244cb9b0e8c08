import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useRecentEvents } from '../api/get-events.ts';

export function RecentEvents() {
  const [type, setType] = useState('');
  const debounced = useDebouncedValue(type.trim().toLowerCase());
  const events = useRecentEvents(/^[a-z0-9_.*-]+$/.test(debounced) ? debounced : undefined);
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="recent-title">
      <div className="section-heading">
        <h2 id="recent-title">Recent events</h2>
        <label className="toolbar__field">
          <span className="toolbar__label">Type</span>
          <input
            className="input"
            value={type}
            placeholder="e.g. invoice.* or visit"
            onChange={(event) => setType(event.target.value)}
          />
        </label>
      </div>
      <ProblemAlert error={events.error} title="The events could not be loaded" />
      {events.isSuccess && items.length === 0 ? (
        <EmptyState title="No events yet">
          <p>
            Upload a file above, or send events with an API key that has the events.write scope.
          </p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Occurred</th>
                <th scope="col">Type</th>
                <th scope="col">Customer</th>
                <th scope="col">Source and id</th>
                <th scope="col">Amount</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.id}>
                  <td className="table__nowrap">{formatDateTime(event.occurredAt)}</td>
                  <td>{event.type}</td>
                  <td>
                    <Link to={`/customers/${event.customerId}`}>Timeline</Link>
                  </td>
                  <td className="muted">
                    {event.source} {event.externalId}
                  </td>
                  <td>{event.amount ?? ''}</td>
                  <td className="table__nowrap muted">{formatDateTime(event.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {items.length > 0 ? (
        <LoadMore
          hasNextPage={events.hasNextPage}
          isFetchingNextPage={events.isFetchingNextPage}
          onLoadMore={() => events.fetchNextPage()}
          shown={items.length}
          nouns={['event', 'events']}
        />
      ) : null}
    </section>
  );
}
