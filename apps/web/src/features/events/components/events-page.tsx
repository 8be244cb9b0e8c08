import { Loading } from '../../../components/ui/loading.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCan } from '../../../lib/permissions.ts';
import { useEventIngests, useEventStats } from '../api/get-events.ts';
import { EventStats } from './event-stats.tsx';
import { MappingsSection } from './mappings-section.tsx';
import { RecentEvents } from './recent-events.tsx';
import { UploadPanel } from './upload-panel.tsx';

function RecentIngests() {
  const ingests = useEventIngests();
  const items = ingests.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="ingests-title">
      <h2 id="ingests-title">Recent ingests</h2>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Finished</th>
              <th scope="col">Via</th>
              <th scope="col">Accepted</th>
              <th scope="col">Duplicates</th>
              <th scope="col">Rejected</th>
            </tr>
          </thead>
          <tbody>
            {items.map((ingest) => (
              <tr key={ingest.id}>
                <td className="table__nowrap">{formatDateTime(ingest.finishedAt)}</td>
                <td>{ingest.via}</td>
                <td>{ingest.accepted.toLocaleString()}</td>
                <td>{ingest.duplicate.toLocaleString()}</td>
                <td>{ingest.rejected.toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function EventsPage() {
  const stats = useEventStats();
  const canUpload = useCan('events.write');
  return (
    <>
      <PageHeader
        title="Events"
        description="Every interaction from every system, taken in once: batches, streams, CloudEvents and files."
      />
      {stats.isPending ? <Loading label="Counting the events…" /> : null}
      <ProblemAlert error={stats.error} title="The statistics could not be loaded" />
      {stats.data ? <EventStats stats={stats.data} /> : null}
      {canUpload ? <UploadPanel /> : null}
      <RecentIngests />
      <RecentEvents />
      <MappingsSection />
    </>
  );
}
