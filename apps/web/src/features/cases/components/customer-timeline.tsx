import { Link } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCustomerTimeline } from '../api/lookups.ts';

function describe(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .slice(0, 3)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}

/** What else happened with this customer, across every department, newest first. */
export function CustomerTimeline({
  customerId,
  customerName,
}: {
  customerId: string;
  customerName: string;
}) {
  const timeline = useCustomerTimeline(customerId);
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <aside className="case-aside" aria-labelledby="case-timeline-title">
      <div className="section-heading section-heading--tight">
        <h2 id="case-timeline-title">{customerName}’s timeline</h2>
        <p className="muted">
          Every interaction from every system.{' '}
          <Link to={`/customers/${customerId}`}>The whole customer</Link>
        </p>
      </div>
      {timeline.isPending ? <Loading label="Loading the timeline…" /> : null}
      <ProblemAlert error={timeline.error} title="The timeline could not be loaded" />
      {timeline.isSuccess && items.length === 0 ? (
        <EmptyState title="No events yet">
          <p>Orders, invoices, deliveries and calls appear here as other systems send them.</p>
        </EmptyState>
      ) : null}
      <ol className="timeline timeline--compact">
        {items.map((event) => (
          <li key={event.id} className="timeline__item">
            <span className="timeline__dot" aria-hidden="true" />
            <div>
              <p className="timeline__head">
                <strong>{event.type}</strong>
              </p>
              <p className="timeline__meta">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </p>
              {Object.keys(event.attributes).length > 0 ? (
                <p className="timeline__attributes">{describe(event.attributes)}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {items.length > 0 ? (
        <LoadMore
          hasNextPage={timeline.hasNextPage}
          isFetchingNextPage={timeline.isFetchingNextPage}
          onLoadMore={() => timeline.fetchNextPage()}
          shown={items.length}
          nouns={['event', 'events']}
        />
      ) : null}
    </aside>
  );
}
