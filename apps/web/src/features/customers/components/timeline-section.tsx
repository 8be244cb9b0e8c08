import type { TEvent, TTimelineSummary } from '@customeric/contracts';
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { type TTimelineFilters, useTimeline } from '../api/get-timeline.ts';
import { colorOf } from './department-strip.tsx';
import { TimelineFilters } from './timeline-filters.tsx';

const money = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function describeAttributes(attributes: Record<string, unknown>): string {
  return Object.entries(attributes)
    .slice(0, 4)
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}

function stageName(summary: TTimelineSummary | undefined, stageId: string): string {
  return summary?.stages.find((stage) => stage.id === stageId)?.name ?? stageId;
}

function TimelineItem({
  event,
  summary,
}: {
  event: TEvent;
  summary: TTimelineSummary | undefined;
}) {
  const index =
    summary?.departments.findIndex((department) => department.id === event.departmentId) ?? -1;
  const department = index >= 0 ? summary?.departments[index] : undefined;
  return (
    <li className="timeline__item">
      <span
        className="timeline__dot"
        style={{ background: index >= 0 ? colorOf(index) : '#94a3b8' }}
        aria-hidden="true"
      />
      <div>
        <p className="timeline__head">
          <strong>{event.type}</strong>
          {department ? <span className="tag">{department.name ?? department.id}</span> : null}
          {event.amount !== null ? (
            <span className="timeline__amount">{money.format(event.amount)}</span>
          ) : null}
        </p>
        <p className="timeline__meta">
          <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time> ·{' '}
          {event.source} {event.externalId}
          {event.stageId ? ` · stage ${stageName(summary, event.stageId)}` : ''}
        </p>
        {Object.keys(event.attributes).length > 0 ? (
          <p className="timeline__attributes">{describeAttributes(event.attributes)}</p>
        ) : null}
      </div>
    </li>
  );
}

/** Newest first; the next page loads as the end of the list scrolls into view. */
export function TimelineSection({
  customerId,
  summary,
}: {
  customerId: string;
  summary: TTimelineSummary | undefined;
}) {
  const [filters, setFilters] = useState<TTimelineFilters>({});
  const timeline = useTimeline(customerId, filters);
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = timeline;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage)
          void fetchNextPage();
      },
      { rootMargin: '400px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section aria-labelledby="timeline-title">
      <div className="section-heading">
        <h2 id="timeline-title">Timeline</h2>
        <p className="muted">Every interaction from every system, newest first.</p>
      </div>
      <TimelineFilters summary={summary} filters={filters} onChange={setFilters} />
      {timeline.isPending ? <Loading label="Loading the timeline…" /> : null}
      <ProblemAlert error={timeline.error} title="The timeline could not be loaded" />
      {timeline.isSuccess && items.length === 0 ? (
        <EmptyState
          title={
            Object.values(filters).some(Boolean)
              ? 'No event matches these filters'
              : 'No events yet'
          }
        >
          <p>
            Events arrive from other systems through the API, CloudEvents or a file upload on the
            Events page.
          </p>
        </EmptyState>
      ) : null}
      <ol className="timeline">
        {items.map((event) => (
          <TimelineItem key={event.id} event={event} summary={summary} />
        ))}
      </ol>
      <div ref={sentinel} />
      {items.length > 0 ? (
        <LoadMore
          hasNextPage={hasNextPage}
          isFetchingNextPage={isFetchingNextPage}
          onLoadMore={() => fetchNextPage()}
          shown={items.length}
          nouns={['event', 'events']}
        />
      ) : null}
    </section>
  );
}
